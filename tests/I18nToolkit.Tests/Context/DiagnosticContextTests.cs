using System;
using System.Collections.Generic;
using System.Linq;
using I18nToolkit.Context;
using Xunit;

namespace I18nToolkit.Tests.Context
{
    public class DiagnosticContextTests
    {
        [Fact]
        public void A_push_is_visible_until_its_scope_is_disposed()
        {
            Assert.True(DiagnosticContext.Current.IsEmpty);
            using (DiagnosticContext.Push("Payrollsync"))
            {
                ContextFrame frame = Assert.Single(DiagnosticContext.Current.Frames);
                Assert.Equal("Payrollsync", frame.Name);
                Assert.Empty(frame.Properties);
            }

            Assert.True(DiagnosticContext.Current.IsEmpty);
        }

        [Fact]
        public void Several_pairs_form_one_frame_and_a_name_may_come_with_them()
        {
            using var outer = DiagnosticContext.Push(("Application", "Payrollsync"), ("Msgid", "ID-42"));
            using var inner = DiagnosticContext.Push("Import", ("Batch", 7));

            var frames = DiagnosticContext.Current.Frames;
            Assert.Equal(2, frames.Count);
            Assert.Equal("Import", frames[0].Name);
            Assert.Equal(new[] { "Application", "Msgid" }, frames[1].Properties.Select(p => p.Key));
            Assert.Equal("Application=Payrollsync, Msgid=ID-42 > Import (Batch=7)", DiagnosticContext.Current.ToString());
        }

        [Fact]
        public void Inner_frames_hide_outer_values_of_the_same_key()
        {
            using var outer = DiagnosticContext.Push(("Application", "Payrollsync"), ("Step", "outer"));
            using var inner = DiagnosticContext.Push("Step", "inner");

            IReadOnlyDictionary<string, object?> properties = DiagnosticContext.Current.Properties;
            Assert.Equal("Payrollsync", properties["Application"]);
            Assert.Equal("inner", properties["Step"]);
        }

        [Fact]
        public void Dictionaries_push_as_one_frame()
        {
            using var _ = DiagnosticContext.Push(new Dictionary<string, object> { ["Tenant"] = "acme", ["Region"] = "eu" });

            Assert.Equal("acme", DiagnosticContext.Current.Properties["Tenant"]);
        }

        [Fact]
        public void Values_stay_objects_and_render_invariant()
        {
            using var _ = DiagnosticContext.Push(("Amount", 1234.5m), ("When", new DateTime(2026, 11, 21)));
            using var culture = new I18nToolkit.Tests.TestSupport.CultureScope("de-DE");

            Assert.Equal(1234.5m, DiagnosticContext.Current.Properties["Amount"]);
            Assert.Equal("Amount=1234.5, When=11/21/2026 00:00:00", DiagnosticContext.Current.ToString());
        }

        [Fact]
        public void Disposing_an_outer_scope_first_restores_the_stack_before_it_and_the_inner_never_brings_it_back()
        {
            var a = DiagnosticContext.Push("A");
            var b = DiagnosticContext.Push("B");

            a.Dispose();
            Assert.True(DiagnosticContext.Current.IsEmpty);

            using (DiagnosticContext.Push("C"))
                Assert.Equal("C", DiagnosticContext.Current.ToString());

            b.Dispose();
            Assert.True(DiagnosticContext.Current.IsEmpty);
        }

        [Fact]
        public void Disposing_a_middle_scope_keeps_the_outer_one()
        {
            var a = DiagnosticContext.Push("A");
            var b = DiagnosticContext.Push("B");
            var c = DiagnosticContext.Push("C");

            b.Dispose();
            Assert.Equal("A", DiagnosticContext.Current.ToString());
            c.Dispose();
            Assert.Equal("A", DiagnosticContext.Current.ToString());
            a.Dispose();
            Assert.True(DiagnosticContext.Current.IsEmpty);
        }

        [Fact]
        public void A_push_after_an_out_of_order_disposal_never_stacks_on_the_disposed_frame()
        {
            var a = DiagnosticContext.Push("A");
            var b = DiagnosticContext.Push("B");
            b.Dispose();
            a.Dispose();
            using var c = DiagnosticContext.Push("C");

            Assert.Equal("C", DiagnosticContext.Current.ToString());
        }

        [Fact]
        public void Disposing_twice_is_harmless()
        {
            var a = DiagnosticContext.Push("A");
            var b = DiagnosticContext.Push("B");
            b.Dispose();
            b.Dispose();

            Assert.Equal("A", DiagnosticContext.Current.ToString());
            a.Dispose();
            a.Dispose();
            Assert.True(DiagnosticContext.Current.IsEmpty);
        }

        [Fact]
        public void Nesting_a_thousand_deep_unwinds_exactly()
        {
            var scopes = new Stack<IDisposable>();
            for (int i = 0; i < 1000; i++)
                scopes.Push(DiagnosticContext.Push("Depth", i));

            Assert.Equal(1000, DiagnosticContext.Current.Frames.Count);
            Assert.Equal(999, DiagnosticContext.Current.Properties["Depth"]);
            for (int i = 999; i >= 0; i--)
            {
                Assert.Equal(i, DiagnosticContext.Current.Properties["Depth"]);
                scopes.Pop().Dispose();
            }

            Assert.True(DiagnosticContext.Current.IsEmpty);
        }

        [Fact]
        public void Bad_names_keys_and_values_are_rejected_and_leave_the_stack_as_it_was()
        {
            using var outer = DiagnosticContext.Push("Outer");

            Assert.Throws<ArgumentNullException>(() => DiagnosticContext.Push((string)null!));
            Assert.Throws<ArgumentException>(() => DiagnosticContext.Push(""));
            Assert.Throws<ArgumentException>(() => DiagnosticContext.Push("", (object)"v"));
            Assert.Throws<ArgumentNullException>(() => DiagnosticContext.Push("Key", null!));
            Assert.Throws<ArgumentException>(() => DiagnosticContext.Push("Key", (object)""));
            Assert.Throws<ArgumentException>(() => DiagnosticContext.Push(("A", "1"), (null!, "2")));
            Assert.Throws<ArgumentException>(() => DiagnosticContext.Push(Array.Empty<(string, object)>()));
            Assert.Throws<ArgumentException>(() => DiagnosticContext.Push(new Dictionary<string, object>()));
            var error = Assert.Throws<ArgumentNullException>(() => DiagnosticContext.Push(("A", "1"), ("B", null!)));
            Assert.Contains("'B'", error.Message);

            Assert.Equal("Outer", DiagnosticContext.Current.ToString());
        }

        [Fact]
        public void A_snapshot_is_immutable()
        {
            ContextSnapshot snapshot;
            using (DiagnosticContext.Push("A"))
                snapshot = DiagnosticContext.Capture();

            Assert.Equal("A", snapshot.ToString());
            Assert.True(DiagnosticContext.Current.IsEmpty);
        }

        [Fact]
        public void Run_applies_a_snapshot_and_restores_the_caller()
        {
            ContextSnapshot captured;
            using (DiagnosticContext.Push("Captured"))
                captured = DiagnosticContext.Capture();

            using var mine = DiagnosticContext.Push("Mine");
            Assert.Equal("Captured", captured.Run(() => DiagnosticContext.Current.ToString()));
            Assert.Equal("", DiagnosticContext.RunEmpty(() => DiagnosticContext.Current.ToString()));
            Assert.Equal("Mine", DiagnosticContext.Current.ToString());
        }
    }
}
