using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using I18nToolkit.Context;
using Xunit;

namespace I18nToolkit.Tests.Context
{
    /// <summary>The context flows wherever .NET flows the execution context, and nowhere else.</summary>
    public class ContextFlowTests
    {
        private static string Now() => DiagnosticContext.Current.ToString();

        [Fact]
        public async Task It_flows_through_await_and_ConfigureAwait_false()
        {
            using var _ = DiagnosticContext.Push("Request", "R1");

            await Task.Yield();
            Assert.Equal("Request=R1", Now());
            Assert.Equal("Request=R1", await AfterConfigureAwaitFalse());

            static async Task<string> AfterConfigureAwaitFalse()
            {
                await Task.Delay(1).ConfigureAwait(false); // the continuation runs on a pool thread, context flows anyway
                return Now();
            }
        }

        [Fact]
        public async Task It_flows_into_Task_Run_and_changes_inside_stay_inside()
        {
            using var _ = DiagnosticContext.Push("Request", "R2");

            string inside = await Task.Run(() =>
            {
                using (DiagnosticContext.Push("Inner"))
                    return Now();
            });

            Assert.Equal("Request=R2 > Inner", inside);
            Assert.Equal("Request=R2", Now());
        }

        [Fact]
        public async Task It_flows_into_Parallel_ForEachAsync()
        {
            using var _ = DiagnosticContext.Push("Batch", "B1");
            var seen = new ConcurrentBag<string>();

            await Parallel.ForEachAsync(Enumerable.Range(0, 50), async (i, ct) =>
            {
                await Task.Yield();
                using (DiagnosticContext.Push("Item", i))
                    seen.Add(Now() == $"Batch=B1 > Item={i}" ? "ok" : Now());
            });

            Assert.All(seen, s => Assert.Equal("ok", s));
            Assert.Equal(50, seen.Count);
        }

        [Fact]
        public async Task It_flows_into_QueueUserWorkItem_and_timers()
        {
            using var _ = DiagnosticContext.Push("Job", "J1");
            var queued = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var timed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

            ThreadPool.QueueUserWorkItem(_ => queued.SetResult(Now()));
            using var timer = new Timer(_ => timed.TrySetResult(Now()), null, 1, Timeout.Infinite);

            Assert.Equal("Job=J1", await queued.Task);
            Assert.Equal("Job=J1", await timed.Task);
        }

        [Fact]
        public async Task It_does_not_flow_where_the_execution_context_is_suppressed_unless_captured()
        {
            var plain = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var captured = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            using (DiagnosticContext.Push("Job", "J2"))
            {
                ContextSnapshot snapshot = DiagnosticContext.Capture();
                ThreadPool.UnsafeQueueUserWorkItem(_ => plain.SetResult(Now()), null);
                ThreadPool.UnsafeQueueUserWorkItem(_ => snapshot.Run(() => captured.SetResult(Now())), null);
            }

            Assert.Equal("", await plain.Task);
            Assert.Equal("Job=J2", await captured.Task);
        }

        [Fact]
        public async Task A_thread_pool_thread_that_ran_inside_a_scope_starts_its_next_item_empty()
        {
            using (DiagnosticContext.Push("Request", "finished"))
            {
                // Put the scope's context on many pool threads.
                await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => Thread.SpinWait(1000))));
            }

            var leaks = new ConcurrentBag<string>();
            using var done = new CountdownEvent(200);
            for (int i = 0; i < 200; i++)
            {
                ThreadPool.UnsafeQueueUserWorkItem(_ =>
                {
                    if (!DiagnosticContext.Current.IsEmpty)
                        leaks.Add(Now());
                    done.Signal();
                }, null);
            }

            Assert.True(done.Wait(TimeSpan.FromSeconds(30)));
            Assert.Empty(leaks);
        }

        [Fact]
        public async Task An_async_method_that_pushes_does_not_change_its_callers_context()
        {
            async Task PushAndReturn()
            {
                DiagnosticContext.Push("Leaky"); // never disposed
                await Task.Yield();
            }

            using var _ = DiagnosticContext.Push("Caller");
            await PushAndReturn();

            Assert.Equal("Caller", Now());
        }

        [Fact]
        public async Task RunAsync_starts_work_under_a_snapshot_and_leaves_the_caller_alone()
        {
            ContextSnapshot snapshot;
            using (DiagnosticContext.Push("Origin"))
                snapshot = DiagnosticContext.Capture();

            string seen = "";
            await snapshot.RunAsync(async () =>
            {
                await Task.Yield();
                seen = Now();
            });

            Assert.Equal("Origin", seen);
            Assert.Equal("", Now());
        }
    }
}
