using System.Collections.Generic;
using I18nToolkit.Grammar;

namespace I18nToolkit.Build.Catalog
{
    /// <summary>A message found in code: its definition and every place it is used (<c>Service/Import.cs:34</c>).</summary>
    internal sealed class ExtractedMessage
    {
        public ExtractedMessage(MessageDefinition definition, IReadOnlyList<string> sites)
        {
            Definition = definition;
            Sites = sites;
        }

        public MessageDefinition Definition { get; }

        /// <summary>Where the message is used, as <c>path:line</c> relative to the project, in a stable order.</summary>
        public IReadOnlyList<string> Sites { get; }

        public string Id => Definition.Id.Value;

        /// <summary>The message as written in code (ID included); what a translation's source hash is taken of.</summary>
        public string Text => Definition.Text;

        /// <summary>The template after the ID: the neutral resource value and what translators translate.</summary>
        public string Template => Definition.Template.Text;
    }
}
