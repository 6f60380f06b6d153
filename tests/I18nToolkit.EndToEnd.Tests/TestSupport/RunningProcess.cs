using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace I18nToolkit.EndToEnd.Tests.TestSupport
{
    /// <summary>
    /// A long-running program (a service) started for a test: its output is drained as it comes, so the program never
    /// blocks on a full pipe, and a test can wait for a line. Disposing ends it with its process tree.
    /// </summary>
    internal sealed class RunningProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new StringBuilder();
        private readonly ConcurrentQueue<(Regex Pattern, TaskCompletionSource<Match> Found)> _waiters = new();
        private bool _disposed;

        private RunningProcess(Process process) => _process = process;

        /// <summary>Everything it has printed so far, standard output and error interleaved.</summary>
        public string Output
        {
            get
            {
                lock (_output)
                    return _output.ToString();
            }
        }

        public static RunningProcess Start(string program, string arguments, string? workingDirectory = null)
        {
            var start = new ProcessStartInfo(program, arguments)
            {
                WorkingDirectory = workingDirectory ?? DotNet.RepositoryRoot,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            var running = new RunningProcess(process);
            process.OutputDataReceived += (_, e) => running.Received(e.Data);
            process.ErrorDataReceived += (_, e) => running.Received(e.Data);
            process.Exited += (_, _) => running.FailWaiters();
            if (!process.Start())
                throw new InvalidOperationException($"Could not start {program}.");
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return running;
        }

        /// <summary>Waits for a line matching <paramref name="pattern"/> (also one printed already); fails when the program ends first or on time-out.</summary>
        public async Task<Match> WaitForLineAsync(string pattern, TimeSpan timeout)
        {
            var regex = new Regex(pattern);
            var found = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Enqueue((regex, found)); // first, so a line arriving while the output is searched is not missed
            foreach (string line in Output.Split('\n'))
            {
                Match match = regex.Match(line);
                if (match.Success)
                    found.TrySetResult(match);
            }

            if (_process.HasExited)
                FailWaiters();
            using var cancel = new CancellationTokenSource(timeout);
            using (cancel.Token.Register(() => found.TrySetException(new TimeoutException($"No line matching '{pattern}' within {timeout}. Output so far:\n{Output}"))))
                return await found.Task;
        }

        public void Dispose()
        {
            if (_disposed)
                return;
            _disposed = true;
            try
            {
                if (!_process.HasExited)
                    _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
            catch (InvalidOperationException)
            {
                // It ended on its own in between.
            }

            _process.Dispose();
        }

        private void Received(string? line)
        {
            if (line is null)
                return;
            lock (_output)
                _output.Append(line).Append('\n');
            foreach (var (pattern, found) in _waiters)
            {
                Match match = pattern.Match(line);
                if (match.Success)
                    found.TrySetResult(match);
            }
        }

        private void FailWaiters()
        {
            foreach (var (_, found) in _waiters)
                found.TrySetException(new InvalidOperationException($"The program ended (exit code {_process.ExitCode}) before printing the line. Output:\n{Output}"));
        }
    }
}
