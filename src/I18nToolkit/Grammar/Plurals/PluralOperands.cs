using System;
using System.Globalization;

namespace I18nToolkit.Grammar.Plurals
{
    /// <summary>
    /// The operands CLDR plural rules test (Unicode TR35, "Plural Operand Meanings"): <c>n</c> the absolute value,
    /// <c>i</c> its integer digits, <c>v</c>/<c>w</c> the number of visible fraction digits with/without trailing zeros,
    /// <c>f</c>/<c>t</c> those digits as a number with/without trailing zeros, <c>c</c>/<c>e</c> the compact exponent
    /// (<c>1.2c3</c> is 1200 written compactly: i = 1200, v = 0, e = 3).
    /// </summary>
    /// <remarks>
    /// Numbers past 18 digits keep their last 18 digits plus 10^18: every modulus a rule takes (at most 10^6) and every
    /// comparison with a small number come out as for the real number.
    /// </remarks>
    internal readonly struct PluralOperands
    {
        private const long Big = 1_000_000_000_000_000_000;

        private PluralOperands(long i, int v, long f, int w, long t, int e, bool isNumber)
        {
            I = i;
            V = v;
            F = f;
            W = w;
            T = t;
            E = e;
            IsNumber = isNumber;
        }

        public long I { get; }

        public int V { get; }

        public long F { get; }

        public int W { get; }

        public long T { get; }

        public int E { get; }

        /// <summary>False for a value that is no finite number (null, text, NaN): such a value takes <c>other</c>.</summary>
        public bool IsNumber { get; }

        /// <summary>Whether <c>n</c> is a whole number (<c>1.0</c> is; its <c>f</c> is 0).</summary>
        public bool IsIntegral => F == 0;

        public static readonly PluralOperands NotANumber = new PluralOperands(0, 0, 0, 0, 0, 0, false);

        public static PluralOperands FromInteger(long value) =>
            new PluralOperands(value >= 0 ? value : value == long.MinValue ? Reduce(9_223_372_036_854_775_808UL) : -value, 0, 0, 0, 0, 0, true);

        public static PluralOperands FromUnsigned(ulong value) => new PluralOperands(Reduce(value), 0, 0, 0, 0, 0, true);

        private static long Reduce(ulong value) => value < Big ? (long)value : (long)(value % Big) + Big;

        /// <summary>The operands of a value of any type: integers and <c>decimal</c> exactly (a decimal's scale is its visible fraction digits), <c>double</c>/<c>float</c> as their shortest round-trip text.</summary>
        public static PluralOperands From<T>(T value)
        {
            // Each test folds to a constant for value types, so the integer paths box nothing.
            if (typeof(T) == typeof(int))
                return FromInteger((int)(object)value!);
            if (typeof(T) == typeof(long))
                return FromInteger((long)(object)value!);
            if (typeof(T) == typeof(short))
                return FromInteger((short)(object)value!);
            if (typeof(T) == typeof(byte))
                return FromInteger((byte)(object)value!);
            if (typeof(T) == typeof(uint))
                return FromInteger((uint)(object)value!);
            if (typeof(T) == typeof(ulong))
                return FromUnsigned((ulong)(object)value!);
            if (typeof(T) == typeof(decimal))
                return FromDecimal((decimal)(object)value!);
            if (typeof(T) == typeof(double))
                return FromDouble((double)(object)value!);
            return FromObject(value);
        }

        public static PluralOperands FromObject(object? value) => value switch
        {
            int v => FromInteger(v),
            long v => FromInteger(v),
            short v => FromInteger(v),
            sbyte v => FromInteger(v),
            byte v => FromInteger(v),
            ushort v => FromInteger(v),
            uint v => FromInteger(v),
            ulong v => FromUnsigned(v),
            decimal v => FromDecimal(v),
            double v => FromDouble(v),
            float v => FromDouble(float.IsNaN(v) || float.IsInfinity(v) ? double.NaN : double.Parse(v.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
            _ => NotANumber,
        };

        public static PluralOperands FromDecimal(decimal value) =>
            TryParse(value.ToString(CultureInfo.InvariantCulture), out PluralOperands operands) ? operands : NotANumber;

        public static PluralOperands FromDouble(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
                return NotANumber;
            if (value == Math.Floor(value) && Math.Abs(value) < 9e18)
                return FromInteger((long)value);
            return TryParse(value.ToString("R", CultureInfo.InvariantCulture), out PluralOperands operands) ? operands : NotANumber;
        }

        /// <summary>
        /// Reads a number as CLDR writes its samples (<c>1.50</c>, <c>1.2c3</c>, <c>1.0000001c6</c>) or as .NET writes a
        /// double (<c>1.5E-05</c>, <c>1E+20</c>): digits, an optional fraction, an optional compact (<c>c</c>/<c>e</c>) or
        /// scientific (<c>E±</c>) exponent.
        /// </summary>
        public static bool TryParse(string text, out PluralOperands operands)
        {
            operands = NotANumber;
            int at = 0;
            if (at < text.Length && text[at] == '-')
                at++;
            int integerStart = at;
            while (at < text.Length && IsDigit(text[at]))
                at++;
            string integer = text.Substring(integerStart, at - integerStart);
            string fraction = string.Empty;
            if (at < text.Length && text[at] == '.')
            {
                int fractionStart = ++at;
                while (at < text.Length && IsDigit(text[at]))
                    at++;
                fraction = text.Substring(fractionStart, at - fractionStart);
            }

            if (integer.Length == 0 && fraction.Length == 0)
                return false;

            int exponent = 0, compact = 0;
            if (at < text.Length && (text[at] == 'c' || text[at] == 'e' || text[at] == 'E'))
            {
                bool scientific = text[at] == 'E';
                at++;
                bool negative = false;
                if (at < text.Length && (text[at] == '+' || text[at] == '-'))
                {
                    negative = text[at] == '-';
                    at++;
                }

                int digitsStart = at;
                while (at < text.Length && IsDigit(text[at]) && exponent < 10_000)
                    exponent = exponent * 10 + (text[at++] - '0');
                if (at == digitsStart || (!scientific && negative))
                    return false;
                if (negative)
                    exponent = -exponent;
                if (!scientific)
                    compact = exponent;
            }

            if (at != text.Length)
                return false;

            // Move the point: 1.2c3 is 1200, 1.5E-05 is 0.000015.
            if (exponent > 0)
            {
                int moved = Math.Min(exponent, fraction.Length);
                integer += fraction.Substring(0, moved) + new string('0', exponent - moved);
                fraction = fraction.Substring(moved);
            }
            else if (exponent < 0)
            {
                int moved = Math.Min(-exponent, integer.Length);
                fraction = new string('0', -exponent - moved) + integer.Substring(integer.Length - moved) + fraction;
                integer = integer.Substring(0, integer.Length - moved);
            }

            string trimmed = fraction.TrimEnd('0');
            operands = new PluralOperands(DigitsValue(integer), fraction.Length, DigitsValue(fraction), trimmed.Length, DigitsValue(trimmed), compact, true);
            return true;
        }

        private static long DigitsValue(string digits)
        {
            int start = 0;
            while (start < digits.Length && digits[start] == '0')
                start++;
            bool big = digits.Length - start > 18;
            if (big)
                start = digits.Length - 18;
            long value = 0;
            for (int i = start; i < digits.Length; i++)
                value = value * 10 + (digits[i] - '0');
            return big ? value + Big : value;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <inheritdoc />
        public override string ToString() => $"i={I} v={V} f={F} w={W} t={T} e={E}";
    }
}
