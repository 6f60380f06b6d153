using System.Collections.Generic;

namespace I18nToolkit.Propagation
{
    /// <summary>
    /// What a received carrier's baggage was, kept on the frame <see cref="ContextPropagator.Extract{T}"/> pushes: every
    /// well-formed member (with its properties and empty values, also those not accepted into the records), so the next
    /// hop receives them as the spec asks; and the <see cref="System.Diagnostics.Activity"/> baggage at that moment, which
    /// the platform parsed from the same header and which must not come back through the merge in its own reading of it.
    /// </summary>
    internal sealed class ReceivedBaggage
    {
        public ReceivedBaggage(BaggageEntry[] members, KeyValuePair<string, string?>[]? activityAtReceipt)
        {
            Members = members;
            ActivityAtReceipt = activityAtReceipt;
        }

        /// <summary>The received members, in order, each key once.</summary>
        public BaggageEntry[] Members { get; }

        /// <summary>The activity's baggage when the carrier was received; null when there was none.</summary>
        public KeyValuePair<string, string?>[]? ActivityAtReceipt { get; }

        /// <summary>Whether the activity already held this pair when the carrier was received.</summary>
        public bool WasOnActivity(KeyValuePair<string, string?> pair)
        {
            if (ActivityAtReceipt is null)
                return false;
            foreach (KeyValuePair<string, string?> known in ActivityAtReceipt)
            {
                if (known.Key == pair.Key && known.Value == pair.Value)
                    return true;
            }

            return false;
        }
    }
}
