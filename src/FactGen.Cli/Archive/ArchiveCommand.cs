using System;
using System.CommandLine;
using System.IO;
using System.Text;

namespace FactGen.Cli.Archive;

/// <summary>
/// <c>factgen archive PAGE.html|FILE.txt [--output DIR]</c>: a source's text in the archived form that builds verify
/// quotes against (UTF-8 without a byte order mark, LF line endings, a paragraph per block), and its SHA-256.
/// </summary>
internal static class ArchiveCommand
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var input = new Argument<string>("page")
        {
            Description = "A saved web page (.html, .htm, .xhtml), whose article text is archived, or a text file (.txt, .md), archived as it is with its line endings made LF.",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the archived text into, as the page's file name with .txt (a .md file keeps .md). Default: the current folder",
        };

        var command = new Command(
            "archive",
            "Writes a source's text in the archived form that builds check quotes against, and prints its SHA-256 as sha256sum does. Name the file in the source's archive: and give it to the build (facts/**/*.txt and facts/**/*.md are given by default).")
        {
            input,
            output,
        };
        CommandExamples.Add(
            command,
            "factgen archive ~/Downloads/brain-drain.html --output facts/archive",
            "factgen archive notes.txt --output facts/archive");
        CommandAction.Set(command, result =>
        {
            var path = result.GetValue(input)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"'{path}' is not a file. Give a saved web page (.html) or a text file (.txt, .md).");
            }

            var (text, extension) = Read(path);
            var folder = result.GetValue(output) ?? ".";
            Directory.CreateDirectory(folder);
            var target = Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + extension);
            File.WriteAllText(target, text, s_strictUtf8);
            result.InvocationConfiguration.Output.WriteLine($"{ArchiveText.Sha256(text)}  {target}");
            return 0;
        });
        return command;
    }

    /// <summary>The archived text of the file at <paramref name="path"/>, and the extension it is written with.</summary>
    private static (string Text, string Extension) Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".html" or ".htm" or ".xhtml":
                using (var page = File.OpenRead(path))
                {
                    var paragraphs = ArticleText.Paragraphs(page);
                    if (paragraphs.Count == 0)
                    {
                        throw new UsageException($"'{path}' has no text outside scripts, navigation and markup. Save the page with its article (in a browser: Save Page As, Web Page, Complete).");
                    }

                    return (string.Join("\n\n", paragraphs) + "\n", ".txt");
                }

            case ".txt" or ".md" or ".markdown" or ".text":
                string text;
                try
                {
                    text = s_strictUtf8.GetString(File.ReadAllBytes(path));
                }
                catch (DecoderFallbackException)
                {
                    throw new UsageException($"'{path}' is not UTF-8 text. Save it as UTF-8 and archive it again.");
                }

                if (text.Contains('\0', StringComparison.Ordinal))
                {
                    throw new UsageException($"'{path}' holds NUL characters: it is a binary file, not text. Archive the page or a text copy of it.");
                }

                return (ArchiveText.Canonical(text), extension is ".md" or ".markdown" ? extension : ".txt");
            default:
                throw new UsageException($"'{path}' is neither a web page (.html, .htm, .xhtml) nor a text file (.txt, .md): save the source as one of these and archive that.");
        }
    }
}
