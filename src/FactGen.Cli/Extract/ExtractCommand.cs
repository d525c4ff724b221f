using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Model.Parsing;
using FactGen.Model.Verification;

namespace FactGen.Cli.Extract;

/// <summary><c>factgen extract ARTICLE.txt [--source ID]</c>: candidate facts from the figures of a plain-text article.</summary>
internal static class ExtractCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var article = new Argument<string>("article") { Description = "The article, as a plain-text file." };
        var source = new Option<string>("--source", "-s")
        {
            Description = "The id of the article's source in your fact files. Default: the article's file name without extension, as an id",
        };

        var command = new Command(
            "extract",
            "Finds the figures in a plain-text article and prints them as candidate facts in YAML, each quoting its sentence, for a person to curate. It writes nothing but standard output: redirect it to a file of your choice.")
        {
            article,
            source,
        };
        CommandExamples.Add(
            command,
            "factgen extract article.txt --source moscow-times-2022-04-01",
            "factgen extract article.txt --source moscow-times-2022-04-01 > candidates.yaml");
        CommandAction.Set(command, result =>
        {
            var path = result.GetValue(article)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"'{path}' is not a file. Give the article as a plain-text file.");
            }

            var sourceId = result.GetValue(source) ?? IdFromFileName(path);
            if (!Names.IsValidId(sourceId))
            {
                throw new UsageException($"'{sourceId}' is not a valid source id. Write letters, digits, '-', '_' and '.', starting with a letter or digit.");
            }

            // Read as a build reads the archive that the candidates name, so that every quote is taken from the text it is verified against.
            var text = Archive.FromBytes(path, File.ReadAllBytes(path), FactFileLimits.Default.MaxFileSize);
            if (text.Problem is { } problem)
            {
                throw new UsageException($"'{path}' cannot be read as an article: {problem}. {text.Remedy}");
            }

            var candidates = ClaimExtractor.Extract(text.Text).ToList();
            CandidateWriter.Write(candidates, Path.GetFileName(path), sourceId, result.InvocationConfiguration.Output);
            return 0;
        });
        return command;
    }

    /// <summary>"Moscow Times, 1 April.txt" → "moscow-times-1-april": the file name as an id.</summary>
    private static string IdFromFileName(string path)
    {
        var id = Regex.Replace(Path.GetFileNameWithoutExtension(path).ToLowerInvariant(), @"[^\p{L}\p{N}_.]+", "-").Trim('-', '.', '_');
        return id.Length > 0 ? id : "article";
    }
}
