using System;
using System.Runtime.InteropServices;

namespace I18nToolkit.Build.IO
{
    /// <summary>
    /// Swaps two files' names in one step, where the system can: Linux's <c>renameat2(RENAME_EXCHANGE)</c> (ext4, xfs,
    /// btrfs, tmpfs, overlayfs). Unlike <see cref="System.IO.File.Replace(string, string, string)"/> (a link, then a
    /// rename), nothing can land between the two halves, so what the swap displaced is exactly what the file held.
    /// </summary>
    internal static class AtomicExchange
    {
        private const int AtCurrentDirectory = -100;
        private const uint RenameExchange = 2;
        private static bool _unavailable = !RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

        /// <summary>Swaps <paramref name="a"/> and <paramref name="b"/> (both must exist); false where the system or file system cannot.</summary>
        public static bool TrySwap(string a, string b)
        {
            if (_unavailable)
                return false;
            try
            {
                if (renameat2(AtCurrentDirectory, NullTerminatedUtf8(a), AtCurrentDirectory, NullTerminatedUtf8(b), RenameExchange) == 0)
                    return true;
            }
            catch (Exception e) when (e is EntryPointNotFoundException || e is DllNotFoundException)
            {
                _unavailable = true; // a libc older than 2.28
            }

            return false; // e.g. EINVAL on a file system without exchange: the caller falls back to File.Replace
        }

        // Paths as bytes: netstandard2.0 has no UTF-8 string marshalling, and file names on Linux are UTF-8.
        private static byte[] NullTerminatedUtf8(string path)
        {
            string full = System.IO.Path.GetFullPath(path);
            var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(full) + 1];
            System.Text.Encoding.UTF8.GetBytes(full, 0, full.Length, bytes, 0);
            return bytes;
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int renameat2(int oldDirectory, byte[] oldPath, int newDirectory, byte[] newPath, uint flags);
    }
}
