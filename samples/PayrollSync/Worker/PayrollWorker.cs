using System;
using System.Collections.Generic;
using System.IO;
using I18nToolkit.Logging;
using I18nToolkit.Propagation;
using PayrollSync.Service;
using static PayrollSync.Messages;

namespace PayrollSync.Worker
{
    /// <summary>The message-driven worker (a message-driven bean in the seed's terms): takes each queued message and hands it to the service.</summary>
    internal sealed class PayrollWorker
    {
        private const string QueueName = "payroll.in";
        private readonly LocalizedLogger _log;
        private readonly PayrollService _service;

        private readonly int _attempts;

        /// <param name="log">The worker's logger.</param>
        /// <param name="service">The service that imports a message.</param>
        /// <param name="attempts">How many times a message is tried before it goes to the dead-letter queue.</param>
        public PayrollWorker(LocalizedLogger log, PayrollService service, int attempts)
        {
            _log = log;
            _service = service;
            _attempts = attempts;
        }

        private static readonly ContextPropagationOptions Accepted = new ContextPropagationOptions { AcceptedKeys = new[] { "Application", "Msgid" } };

        public (int Processed, int Failed) Run(IReadOnlyCollection<QueueMessage> queue)
        {
            _log.Info(Loc.X("I100: Worker started; {Count, plural, one {# message} other {# messages}} queued", queue.Count));
            int processed = 0, failed = 0;
            foreach (QueueMessage message in queue)
            {
                // The producer's context arrives in the message headers: every record written while this message is
                // processed, down to the third-party parser's, carries which application and which message caused it.
                // Only the keys named are taken from a message; anything else in its baggage is passed on, not logged.
                using (ContextPropagator.Extract(message.Headers, Accepted))
                {
                    _log.Info(Loc.X("I101: Processing message {Msgid} from queue {Queue}", message.Msgid, QueueName));
                    for (int attempt = 1; ; attempt++)
                    {
                        try
                        {
                            _service.Import(message);
                            processed++;
                            break;
                        }
                        catch (IOException) when (attempt < _attempts)
                        {
                            // The service has logged why; the worker tries again.
                        }
                        catch (IOException)
                        {
                            // The service has logged why; the worker only decides the message's fate.
                            failed++;
                            _log.Warn(Loc.X("W140: Message {Msgid} moved to the dead-letter queue after {Attempts, plural, one {# attempt} other {# attempts}}", message.Msgid, attempt));
                            break;
                        }
                    }
                }
            }

            _log.Info(Loc.X("I199: Worker stopped; {Processed} processed, {Failed} failed", processed, failed));
            return (processed, failed);
        }
    }
}
