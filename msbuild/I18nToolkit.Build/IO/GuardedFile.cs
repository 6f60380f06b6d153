using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;

namespace I18nToolkit.Build.IO
{
    /// <summary>
    /// Rewrites a file that a person may save at any moment (a translator's culture file) without ever overwriting that
    /// save.
    /// <list type="number">
    /// <item>The new content is computed from the file as read.</item>
    /// <item>Just before the replace the file is compared with what was read; a save in between: compute again from it.</item>
    /// <item>The replace is an atomic swap that keeps what it displaced (<see cref="AtomicExchange"/>; elsewhere
    /// <see cref="File.Replace(string, string, string)"/> with a backup). If that is not what was read, a save slipped in
    /// between the check and the replace: it is put back in place at once, untouched, and the content is computed again
    /// from it. A writer that had the file open before the replace is waited for (see <see cref="Displaced"/>).</item>
    /// </list>
    /// A text that cannot be used (an editor still writing it in place) is read again once it changes, or taken as it is
    /// after 200 ms without a change. When the file changes faster than a merge can be made, the run gives up and the
    /// file is left as last saved.
    /// </summary>
    internal static class GuardedFile
    {
        private const int MaxRounds = 20;
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>Tests only: runs between the last check and the replace, where a save can still slip in (on this thread).</summary>
        [ThreadStatic]
        internal static Action<string>? BeforeReplace;

        /// <summary>Tests only: runs before the check that the file is as it was read (on this thread).</summary>
        [ThreadStatic]
        internal static Action<string>? BeforeCheck;

        /// <summary>How often a save was found since the read (before a replace) and in what a replace displaced: the two guards at work.</summary>
        internal static int SavesFoundBefore, SavesFoundDisplaced;

        /// <summary>
        /// Replaces the file with <paramref name="update"/>'s result for its current text (null: the file does not exist).
        /// <paramref name="update"/> returns null when nothing needs writing; it may be called more than once, each time
        /// with a newer text (or to probe whether a text is whole), and its last call is always for the text that is then
        /// in place, so a caller may keep what that call computed.
        /// </summary>
        /// <param name="path">The file.</param>
        /// <param name="update">The new text for a text, or null for no change.</param>
        /// <param name="reapply">
        /// For files whose saves can be told apart entry by entry: while a displaced save is being put back, an editor may
        /// have reloaded the file (holding the merge of an older text) and saved again, without that save's edits. This
        /// takes such a later save and every displaced save with what it replaced, and returns the later save with each
        /// displaced save's own edits applied where it still holds what that save replaced. Without it, the later save
        /// is taken as it is.
        /// </param>
        /// <returns>Whether the file was written.</returns>
        /// <exception cref="GuardedFileException">The file changed faster than it could be merged; it holds the last save.</exception>
        public static bool Update(string path, Func<string?, string?> update, Func<string, IReadOnlyList<(string Save, string Replaced)>, string>? reapply = null) =>
            Update(path, update, reapply, known: null, out _);

        /// <summary>
        /// As <see cref="Update(string, Func{string?, string?}, Func{string, IReadOnlyList{ValueTuple{string, string}}, string}?)"/>,
        /// for a caller that remembers the file as it last left it (<paramref name="known"/>: its text, bytes, size and write
        /// time; a warm build node). While size and write time are still those, the file is not read again. That is safe:
        /// the check after the swap compares what was displaced byte for byte, so a change that kept them is still found.
        /// <paramref name="now"/> is the file as this call leaves it, to pass as <paramref name="known"/> next time.
        /// </summary>
        public static bool Update(string path, Func<string?, string?> update, Func<string, IReadOnlyList<(string Save, string Replaced)>, string>? reapply,
            KnownContent? known, out KnownContent? now)
        {
            string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            (long, long)? stamp = StampOf(path); // taken before the read: a save after it only costs a second read
            byte[]? expected;                     // the file as last seen
            string? expectedText = null;
            if (known is not null && stamp == known.Stamp)
            {
                expected = known.Bytes;
                expectedText = known.Text;
            }
            else
            {
                expected = ReadOrNull(path);
            }

            now = null;
            for (int round = 0; round < MaxRounds; round++)
            {
                string? next = Compute(path, ref expected, expectedText, update, out string? input);
                expectedText = null;
                if (next is null)
                {
                    now = expected is null || input is null ? null : new KnownContent(input, expected, stamp);
                    return false;
                }

                byte[] bytes = Utf8NoBom.GetBytes(next);
                if (expected is not null && SameBytes(bytes, expected))
                {
                    now = new KnownContent(next, expected, stamp);
                    return false;
                }

                Directory.CreateDirectory(directory);
                string temp = Sibling(path, "tmp");
                File.WriteAllBytes(temp, bytes);
                try
                {
                    if (expected is null)
                    {
                        if (TryCreate(temp, path))
                        {
                            now = new KnownContent(next, bytes, StampOf(path));
                            return true;
                        }

                        Interlocked.Increment(ref SavesFoundBefore);
                        stamp = StampOf(path);
                        expected = ReadOrNull(path); // created meanwhile: that file is the base now
                        continue;
                    }

                    BeforeCheck?.Invoke(path);
                    (long, long)? current = StampOf(path);
                    if (current != stamp)
                    {
                        byte[]? content = ReadOrNull(path);
                        if (content is null || !SameBytes(content, expected))
                        {
                            Interlocked.Increment(ref SavesFoundBefore);
                            stamp = current;
                            expected = content; // saved since it was read
                            continue;
                        }
                    }

                    byte[]? displaced = Replace(temp, path, out string? backup);
                    if (displaced is null)
                    {
                        Interlocked.Increment(ref SavesFoundBefore);
                        stamp = StampOf(path);
                        expected = ReadOrNull(path);
                        continue;
                    }

                    if (SameBytes(displaced, expected))
                    {
                        File.Delete(backup!);
                        now = new KnownContent(next, bytes, StampOf(path));
                        return true;
                    }

                    Interlocked.Increment(ref SavesFoundDisplaced);
                    expected = PutBack(path, ours: bytes, save: displaced, replaced: expected, backup!, update, reapply);
                    stamp = StampOf(path);
                }
                finally
                {
                    if (File.Exists(temp))
                        File.Delete(temp);
                }
            }

            throw new GuardedFileException(path, $"{path} kept changing while it was being merged; it was left as last saved. Build again.");
        }

        /// <summary>Size and write time: a file that still has both is, but for a rare edit that kept them, what was read.</summary>
        private static (long, long)? StampOf(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : ((long, long)?)null;
        }

        /// <summary>
        /// <paramref name="update"/> on the file's text. When it throws and the file then changes (it was read while an
        /// editor was still writing it in place), again on the new text; when the file stays as it is, the exception stands.
        /// </summary>
        private static string? Compute(string path, ref byte[]? text, string? decoded, Func<string?, string?> update, out string? input)
        {
            for (int attempt = 0; ; attempt++)
            {
                try
                {
                    input = attempt == 0 && decoded is not null ? decoded : Decode(text);
                    return update(input);
                }
                catch when (text is not null && attempt < MaxRounds && NextVersion(path, text) is { } newer)
                {
                    text = newer;
                }
            }
        }

        /// <summary>
        /// A save slipped in between the check and the replace, and ours (made from an older text) is in place: the save
        /// goes back at once, untouched - or, when yet another save was made over ours meanwhile, that one with the first
        /// save's edits reapplied. Returns what is in place then: the translators' text, to merge again.
        /// </summary>
        private static byte[] PutBack(string path, byte[] ours, byte[] save, byte[] replaced, string backup,
            Func<string?, string?> update, Func<string, IReadOnlyList<(string Save, string Replaced)>, string>? reapply)
        {
            string? holding = backup; // a file holding the latest save not yet back in place
            try
            {
                save = Whole(backup, save, update);
                var saves = new List<(byte[] Save, byte[] Replaced)> { (save, replaced) };
                byte[] inPlace = ours, content = save;
                for (int attempt = 0; attempt < 50; attempt++)
                {
                    string temp = Sibling(path, "tmp");
                    File.WriteAllBytes(temp, content);
                    try
                    {
                        byte[]? current = ReadOrNull(path);
                        if (current is null || !SameBytes(current, inPlace))
                        {
                            // Saved over what was in place: keep that save, with the displaced saves' edits it may lack.
                            inPlace = current is null ? Array.Empty<byte>() : Whole(path, current, update);
                            content = Reconcile(inPlace, saves, reapply);
                            if (SameBytes(content, inPlace))
                                return inPlace;
                            continue;
                        }

                        byte[]? displaced = Replace(temp, path, out string? again);
                        if (displaced is null)
                            continue; // the file was replaced at that very moment: look again
                        if (SameBytes(displaced, inPlace))
                        {
                            File.Delete(again!);
                            return content;
                        }

                        // Yet another save slipped in, over what was in place: it goes back the same way.
                        displaced = Whole(again!, displaced, update);
                        saves.Add((displaced, inPlace));
                        inPlace = content; // what this replace put there
                        content = Reconcile(displaced, saves, reapply);
                        File.Delete(holding);
                        holding = again;
                    }
                    finally
                    {
                        if (File.Exists(temp))
                            File.Delete(temp);
                    }
                }

                // Never reached in practice; even then the latest save is kept (named in the error), nothing is lost.
                string kept = holding + ".kept";
                File.Move(holding, kept);
                holding = null;
                throw new GuardedFileException(path, $"{path} was saved again and again while a save that came in during a merge was being put back; that save is kept in {kept}.");
            }
            finally
            {
                if (holding is not null && File.Exists(holding))
                    File.Delete(holding);
            }
        }

        /// <summary>The text of <paramref name="file"/> once <paramref name="update"/> can read it (an editor writing it in place is waited for); as it is when it never can.</summary>
        private static byte[] Whole(string file, byte[] text, Func<string?, string?> update)
        {
            byte[]? probe = text;
            try
            {
                Compute(file, ref probe, null, update, out _);
            }
            catch
            {
                // Really broken: it goes back as it is, and the next merge reports it.
            }

            return probe ?? text;
        }

        /// <summary>A later save with the displaced saves' edits reapplied.</summary>
        private static byte[] Reconcile(byte[] later, List<(byte[] Save, byte[] Replaced)> saves,
            Func<string, IReadOnlyList<(string Save, string Replaced)>, string>? reapply)
        {
            if (reapply is null)
                return later;
            try
            {
                return Utf8NoBom.GetBytes(reapply(Decode(later)!, saves.ConvertAll(s => (Decode(s.Save)!, Decode(s.Replaced)!))));
            }
            catch
            {
                return later; // a save that cannot be read is left as it is, like any broken file
            }
        }

        /// <summary>
        /// Replaces <paramref name="path"/> with <paramref name="temp"/> and returns what it displaced (see <see cref="Displaced"/>):
        /// by an atomic swap where the system has one (<see cref="AtomicExchange"/>), else by <see cref="File.Replace(string, string, string)"/>
        /// with a backup (a hard link on Unix), where a rename-save landing between its link and its rename is not in
        /// the backup. Null when nothing was replaced because the file was replaced at that very moment (Linux refuses
        /// to link an inode whose last name just went).
        /// </summary>
        private static byte[]? Replace(string temp, string path, out string? backup)
        {
            backup = Sibling(path, "bak");
            BeforeReplace?.Invoke(path);
            if (AtomicExchange.TrySwap(temp, path))
            {
                File.Move(temp, backup); // the temporary name now holds what was displaced
                return Displaced(backup);
            }

            try
            {
                File.Replace(temp, path, backup, ignoreMetadataErrors: true);
            }
            catch (IOException) when (File.Exists(temp))
            {
                if (File.Exists(backup))
                    File.Delete(backup);
                backup = null;
                return null;
            }

            return Displaced(backup);
        }

        /// <summary>
        /// What a replace displaced, read while holding the file exclusively. A writer that opened the file before the
        /// replace may still write into what is now the backup: one that truncates when it opens (most) shows as a
        /// change; .NET's writers open, then lock, truncate and write, so the read waits while one holds its lock, and one
        /// that locks after this read fails to save with an error instead of saving into a file about to be deleted.
        /// </summary>
        private static byte[] Displaced(string backup)
        {
            for (int attempt = 0; ; attempt++)
            {
                try
                {
                    using var held = new FileStream(backup, FileMode.Open, FileAccess.Read, FileShare.None);
                    var bytes = new byte[held.Length];
                    int read = 0;
                    while (read < bytes.Length)
                    {
                        int n = held.Read(bytes, read, bytes.Length - read);
                        if (n == 0)
                            break;
                        read += n;
                    }

                    return read == bytes.Length ? bytes : bytes.AsSpan(0, read).ToArray();
                }
                catch (IOException) when (attempt < 1000 && File.Exists(backup))
                {
                    Thread.Sleep(1); // a writer holds it: let it finish
                }
            }
        }

        private static bool TryCreate(string temp, string path)
        {
            try
            {
                File.Move(temp, path); // fails if the file appeared meanwhile: never overwrite it
                return true;
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
        }

        /// <summary>
        /// The file's next content once it differs from <paramref name="failed"/>, or null when it stays as it is for
        /// 200 ms (then it really is what was read). An editor writing in place is done within a millisecond or so.
        /// Only after a failed computation, so a merge pays nothing for it otherwise.
        /// </summary>
        private static byte[]? NextVersion(string path, byte[] failed)
        {
            for (int i = 0; i < 100; i++)
            {
                Thread.Sleep(2);
                byte[] now = ReadOrNull(path) ?? Array.Empty<byte>();
                if (!SameBytes(now, failed))
                    return now;
            }

            return null;
        }

        private static byte[]? ReadOrNull(string path)
        {
            for (int attempt = 0; ; attempt++)
            {
                try
                {
                    return File.Exists(path) ? File.ReadAllBytes(path) : null;
                }
                catch (FileNotFoundException)
                {
                    return null;
                }
                catch (IOException) when (attempt < 20)
                {
                    Thread.Sleep(25); // held open by an editor (Windows sharing): wait for it
                }
            }
        }

        private static string? Decode(byte[]? bytes)
        {
            if (bytes is null)
                return null;
            using var reader = new StreamReader(new MemoryStream(bytes), Utf8NoBom, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }

        private static bool SameBytes(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);

        private static string Sibling(string path, string kind) =>
            Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + "." + kind);
    }
}
