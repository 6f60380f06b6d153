using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace I18nToolkit.Context
{
    /// <summary>
    /// The diagnostic context at one moment: immutable, free to take and to keep. Use it to read the context, or to
    /// run code under it where the context does not flow by itself (raw threads, callbacks, queue consumers).
    /// </summary>
    public readonly struct ContextSnapshot
    {
        internal ContextSnapshot(ContextFrame? top)
        {
            TopFrame = top;
        }

        /// <summary>The empty context.</summary>
        public static ContextSnapshot Empty => default;

        /// <summary>Whether the context has no frame.</summary>
        public bool IsEmpty => TopFrame is null;

        internal ContextFrame? TopFrame { get; }

        /// <summary>The frames, innermost first.</summary>
        public IReadOnlyList<ContextFrame> Frames
        {
            get
            {
                var frames = new List<ContextFrame>();
                for (ContextFrame? f = TopFrame; f is not null; f = f.Parent)
                    frames.Add(f);
                return frames;
            }
        }

        /// <summary>Every key with its value; where frames share a key, the innermost frame's value wins.</summary>
        public IReadOnlyDictionary<string, object?> Properties
        {
            get
            {
                var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (ContextFrame? f = TopFrame; f is not null; f = f.Parent)
                {
                    for (int i = 0; i < f.Count; i++)
                    {
                        KeyValuePair<string, object?> pair = f[i];
                        if (!properties.ContainsKey(pair.Key))
                            properties.Add(pair.Key, pair.Value);
                    }
                }

                return properties;
            }
        }

        /// <summary>Runs <paramref name="action"/> under this context, then restores the caller's.</summary>
        public void Run(Action action)
        {
            if (action is null)
                throw new ArgumentNullException(nameof(action));
            ContextFrame? saved = DiagnosticContext.CurrentFrame;
            DiagnosticContext.SetCurrent(TopFrame);
            try
            {
                action();
            }
            finally
            {
                DiagnosticContext.SetCurrent(saved);
            }
        }

        /// <summary>Runs <paramref name="function"/> under this context, then restores the caller's.</summary>
        public T Run<T>(Func<T> function)
        {
            if (function is null)
                throw new ArgumentNullException(nameof(function));
            ContextFrame? saved = DiagnosticContext.CurrentFrame;
            DiagnosticContext.SetCurrent(TopFrame);
            try
            {
                return function();
            }
            finally
            {
                DiagnosticContext.SetCurrent(saved);
            }
        }

        /// <summary>Starts <paramref name="function"/> under this context; its awaits keep it, the caller's context is untouched.</summary>
        public Task RunAsync(Func<Task> function)
        {
            if (function is null)
                throw new ArgumentNullException(nameof(function));
            return Run(function);
        }

        /// <summary>The stack as one line, outermost first: <c>Application=Payrollsync, Msgid=ID-42 &gt; Import</c>.</summary>
        public override string ToString() => TopFrame?.StackText ?? string.Empty;
    }
}
