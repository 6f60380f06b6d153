using I18nToolkit.Localization;

namespace I18nToolkit.Logging.Clef
{
    /// <summary>Writes each argument a hole names as a property, typed (an <c>int</c> is written without boxing).</summary>
    internal struct ClefArgumentWriter : IMessageArgumentVisitor
    {
        private readonly Utf8LineBuffer _line;
        private readonly ClefMessageCache _cache;

        public ClefArgumentWriter(Utf8LineBuffer line, ClefMessageCache cache)
        {
            _line = line;
            _cache = cache;
        }

        public void Visit<T>(int index, T value)
        {
            if ((uint)index >= (uint)_cache.ArgumentNames.Length)
                return;
            byte[]? name = _cache.ArgumentNames[index];
            if (name is null)
                return;
            _line.WriteRaw(name);
            _line.WriteValue(value);
            _line.AddKey(_cache.ArgumentKeys[index]!);
        }
    }
}
