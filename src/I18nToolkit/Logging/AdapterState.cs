using System;
using System.Threading;

namespace I18nToolkit.Logging
{
    /// <summary>
    /// The slot behind <c>GetAdapterState</c> on messages and context frames: one state per adapter type, built once
    /// and kept as long as its owner. Usually one adapter (the slot holds its state); a second one turns the slot into a
    /// small array, so two adapters in one process never rebuild each other's state.
    /// </summary>
    internal static class AdapterState
    {
        public static TState GetOrAdd<TOwner, TState>(ref object? slot, TOwner owner, Func<TOwner, TState> create)
            where TState : class
        {
            if (create is null)
                throw new ArgumentNullException(nameof(create));
            while (true)
            {
                object? current = Volatile.Read(ref slot);
                if (current is TState state)
                    return state;
                object[]? states = current as object[];
                if (states is not null)
                {
                    foreach (object known in states)
                    {
                        if (known is TState found)
                            return found;
                    }
                }

                // Builders are idempotent: a lost race builds one state twice and keeps the winner's.
                TState created = create(owner) ?? throw new InvalidOperationException("The adapter state factory returned null.");
                object replacement;
                if (current is null)
                {
                    replacement = created;
                }
                else
                {
                    object[] known = states ?? new[] { current };
                    var grown = new object[known.Length + 1];
                    known.CopyTo(grown, 0);
                    grown[known.Length] = created;
                    replacement = grown;
                }

                if (ReferenceEquals(Interlocked.CompareExchange(ref slot, replacement, current), current))
                    return created;
            }
        }
    }
}
