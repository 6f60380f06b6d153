using System;
using System.Text;
using I18nToolkit.Grammar;

namespace I18nToolkit.Cli.Pseudo
{
    /// <summary>
    /// Pseudo-localizes a template so untranslated and truncated text shows in a running app: letters become accented
    /// look-alikes, the text grows by about 30 % (German and French run that much longer than English), and brackets
    /// mark where each message starts and ends. Holes are kept exactly, so the message still renders.
    /// </summary>
    internal static class PseudoLocalizer
    {
        private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        private const string Accented = "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

        public static string Localize(MessageTemplate template)
        {
            // Every branch of a plural or select is accented; the syntax, the holes and '#' are kept exactly.
            string text = "[" + TemplateWriter.Write(template, Accent);
            // About 30 % longer in all (the brackets and a space count): pad with tildes, at least one.
            int padding = Math.Max(1, (int)Math.Round(template.Text.Length * 0.3) - 3);
            return text + " " + new string('~', padding) + "]";
        }

        private static string Accent(string literal)
        {
            var text = new StringBuilder(literal.Length);
            AppendLiteral(text, literal, 0, literal.Length);
            return text.ToString();
        }

        private static void AppendLiteral(StringBuilder text, string template, int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                char c = template[i];
                int index = Plain.IndexOf(c);
                if (index >= 0)
                {
                    text.Append(Accented[index]);
                }
                else
                {
                    text.Append(c);
                }
            }
        }
    }
}
