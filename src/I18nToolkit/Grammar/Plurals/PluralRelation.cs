namespace I18nToolkit.Grammar.Plurals
{
    /// <summary>One relation of a CLDR rule: <c>i % 10 = 2..4,9</c> or <c>n != 0</c>.</summary>
    internal sealed class PluralRelation
    {
        private readonly char _operand;
        private readonly long _modulus;
        private readonly bool _negated;
        private readonly long[] _ranges; // low, high, low, high...

        public PluralRelation(char operand, long modulus, bool negated, long[] ranges)
        {
            _operand = operand;
            _modulus = modulus;
            _negated = negated;
            _ranges = ranges;
        }

        /// <summary>The operand letter (n, i, v, w, f, t, c, e).</summary>
        public char Operand => _operand;

        /// <summary>The modulus, 0 for none.</summary>
        public long Modulus => _modulus;

        /// <summary>Whether the relation is <c>!=</c>.</summary>
        public bool Negated => _negated;

        /// <summary>The values and ranges: low, high, low, high...</summary>
        public System.Collections.Generic.IReadOnlyList<long> Ranges => _ranges;

        public bool IsTrue(in PluralOperands operands)
        {
            long value;
            switch (_operand)
            {
                case 'n':
                    // Every value a rule names is whole, so a fraction matches none of them (n = 1 is false for 1.5).
                    if (!operands.IsIntegral)
                        return _negated;
                    value = operands.I;
                    break;
                case 'i':
                    value = operands.I;
                    break;
                case 'v':
                    value = operands.V;
                    break;
                case 'w':
                    value = operands.W;
                    break;
                case 'f':
                    value = operands.F;
                    break;
                case 't':
                    value = operands.T;
                    break;
                default: // 'c' and 'e' are one operand
                    value = operands.E;
                    break;
            }

            if (_modulus != 0)
                value %= _modulus;
            long[] ranges = _ranges;
            for (int r = 0; r < ranges.Length; r += 2)
            {
                if (value >= ranges[r] && value <= ranges[r + 1])
                    return !_negated;
            }

            return _negated;
        }
    }
}
