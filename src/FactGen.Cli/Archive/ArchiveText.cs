using System;
using System.Security.Cryptography;
using System.Text;

namespace FactGen.Cli.Archive;

/// <summary>
/// The canonical form of an archived source text, which is what its SHA-256 is taken of: UTF-8 without a byte
/// order mark, lines ended by LF, so that a checkout's line endings do not change the hash.
/// </summary>
internal static class ArchiveText
{
    /// <summary><paramref name="text"/> without a leading byte order mark, with CRLF and CR line endings made LF.</summary>
    public static string Canonical(string text)
        => (text.StartsWith('\uFEFF') ? text[1..] : text).Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>The SHA-256 of the canonical form of <paramref name="text"/> as UTF-8, in lowercase hexadecimal.</summary>
    public static string Sha256(string text)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(text))));
}
