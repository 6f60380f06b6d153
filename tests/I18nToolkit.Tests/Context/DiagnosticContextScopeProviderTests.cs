using System;
using System.Linq;
using System.Threading.Tasks;
using I18nToolkit.Context;
using I18nToolkit.Logging;
using I18nToolkit.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Xunit;
using static I18nToolkit.Tests.TestSupport.TestMessages;

namespace I18nToolkit.Tests.Context
{
    public class DiagnosticContextScopeProviderTests
    {
        private static (ILoggerFactory Factory, CapturingLoggerProvider Provider) Create()
        {
            var provider = new CapturingLoggerProvider();
            return (LoggerFactory.Create(b => b.AddDiagnosticContext().AddProvider(provider)), provider);
        }

        [Fact]
        public void A_third_party_record_written_inside_a_push_carries_the_context()
        {
            var (factory, provider) = Create();
            ILogger thirdParty = factory.CreateLogger("LegacyParsing.LegacyRecordParser");

            using (DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42")))
                thirdParty.LogWarning("Encoding missing, assuming UTF-8");
            thirdParty.LogWarning("Outside");

            CapturedRecord[] records = provider.Records.ToArray();
            Assert.Equal("Payrollsync", records[0].Scope("Application"));
            Assert.Equal("ID-42", records[0].Scope("Msgid"));
            Assert.Equal("Application=Payrollsync, Msgid=ID-42", Assert.Single(records[0].Scopes)!.ToString());
            Assert.Empty(records[1].Scopes);
        }

        [Fact]
        public void BeginScope_pushes_onto_the_same_stack()
        {
            var (factory, provider) = Create();
            ILogger logger = factory.CreateLogger("Any");

            using (DiagnosticContext.Push("Application", "Payrollsync"))
            using (logger.BeginScope("Batch {Batch}", 7))
            {
                Assert.Equal("Application=Payrollsync > Batch 7 (Batch=7)", DiagnosticContext.Current.ToString());
                Assert.Equal(7, DiagnosticContext.Current.Properties["Batch"]);
                logger.LogInformation("inside");
            }

            CapturedRecord record = Assert.Single(provider.Records);
            Assert.Equal(2, record.Scopes.Count);
            Assert.Equal("Batch 7", record.Scopes[1]!.ToString()); // the provider sees BeginScope's own state
            Assert.Equal(7, record.Scope("Batch"));
            Assert.True(DiagnosticContext.Current.IsEmpty);
        }

        [Fact]
        public void String_and_object_scopes_become_named_frames()
        {
            var (factory, _) = Create();
            ILogger logger = factory.CreateLogger("Any");

            using (logger.BeginScope("Import"))
            using (logger.BeginScope(42))
                Assert.Equal("Import > 42", DiagnosticContext.Current.ToString());
        }

        [Fact]
        public void Out_of_order_disposal_of_BeginScope_never_resurrects_a_disposed_scope()
        {
            // dotnet/extensions#1754: MEL's own provider brings the outer scope back in this sequence.
            var (factory, provider) = Create();
            ILogger logger = factory.CreateLogger("Any");

            IDisposable outer = logger.BeginScope("Outer")!;
            IDisposable inner = logger.BeginScope("Inner")!;
            outer.Dispose();
            inner.Dispose();
            logger.LogInformation("after");

            Assert.Empty(Assert.Single(provider.Records).Scopes);
        }

        [Fact]
        public void Localized_records_carry_the_context_too()
        {
            var (factory, provider) = Create();
            LocalizedLogger log = factory.CreateLocalizedLogger("Worker");

            using (DiagnosticContext.Push("Msgid", "ID-7"))
                log.Info(Loc.X("E101: Hello {Name}", "Ada"));

            Assert.Equal("ID-7", Assert.Single(provider.Records).Scope("Msgid"));
        }

        [Fact]
        public async Task Ten_thousand_concurrent_flows_each_log_with_exactly_their_own_context()
        {
            var (factory, provider) = Create();
            ILogger logger = factory.CreateLogger("Flows");

            await Task.WhenAll(Enumerable.Range(0, 10_000).Select(async i =>
            {
                await Task.Yield();
                using (DiagnosticContext.Push(("Application", "Flow"), ("Msgid", i)))
                {
                    await Task.Yield();
                    using (logger.BeginScope("Step {Step}", i))
                    {
                        await Task.Delay(i % 3);
                        logger.LogInformation("Record {Id}", i);
                    }
                }
            }));

            Assert.Equal(10_000, provider.Records.Count);
            var crossTalk = provider.Records.Where(r =>
                !Equals(r["Id"], r.Scope("Msgid")) || !Equals(r["Id"], r.Scope("Step")) || r.Scopes.Count != 2);
            Assert.Empty(crossTalk);
        }

        [Fact]
        public void A_null_scope_state_is_a_no_op()
        {
            IDisposable scope = DiagnosticContextScopeProvider.Instance.Push(null);
            scope.Dispose();

            Assert.True(DiagnosticContext.Current.IsEmpty);
        }
    }
}
