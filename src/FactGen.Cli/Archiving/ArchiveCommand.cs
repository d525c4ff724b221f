using System.CommandLine;
using System.IO;
using System.Text;
using FactGen.Model.Verification;

namespace FactGen.Cli.Archiving;

/// <summary>
/// <c>factgen archive PAGE.html|FILE.txt [--output DIR]</c>: a source's text in the archived form that builds verify
/// quotes against (UTF-8 without a byte order mark, LF line endings, a paragraph per block), and its SHA-256, both
/// as the build's <see cref="Archive"/> reads and hashes it.
/// </summary>
internal static class ArchiveCommand
{
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
        var maxFileSize = FactTree.MaxFileSizeOption();

        var command = new Command(
            "archive",
            "Writes a source's text in the archived form that builds verify quotes against, and prints its SHA-256 as sha256sum does. Name the file in the source's archive: and give it to the build (facts/**/*.txt and facts/**/*.md are given by default).")
        {
            input,
            output,
            maxFileSize,
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

            var target = Path.Combine(result.GetValue(output) ?? ".", Path.GetFileNameWithoutExtension(path) + ArchivedExtension(path));
            var archive = Read(path, target, result.GetValue(maxFileSize));
            if (archive.Problem is { } problem)
            {
                throw new UsageException($"'{path}' cannot be archived: {problem}. {archive.Remedy}");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.WriteAllText(target, archive.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            result.InvocationConfiguration.Output.WriteLine($"{archive.Sha256}  {target}");
            return 0;
        });
        return command;
    }

    private static bool IsPage(string path) => Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml";

    /// <summary>.txt for a page or a text file, and a Markdown file's own extension.</summary>
    private static string ArchivedExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".md" or ".markdown" => Path.GetExtension(path),
        ".txt" or ".text" => ".txt",
        _ when IsPage(path) => ".txt",
        _ => throw new UsageException($"'{path}' is neither a web page (.html, .htm, .xhtml) nor a text file (.txt, .md): save the source as one of these and archive that."),
    };

    /// <summary>The archived text of the file at <paramref name="path"/>, to be written to <paramref name="target"/>.</summary>
    private static Archive Read(string path, string target, int maxFileSize)
    {
        if (!IsPage(path))
        {
            return Archive.FromBytes(target, File.ReadAllBytes(path), maxFileSize);
        }

        using var page = File.OpenRead(path);
        var paragraphs = ArticleText.Paragraphs(page);
        if (paragraphs.Count == 0)
        {
            throw new UsageException($"'{path}' has no text outside scripts, navigation and markup. Save the page with its article (in a browser: Save Page As, Web Page, Complete).");
        }

        return Archive.Read(target, string.Join("\n\n", paragraphs) + "\n", decodedAsUnicode: true, maxFileSize);
    }
}
