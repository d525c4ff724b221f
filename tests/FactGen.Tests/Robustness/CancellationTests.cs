using System;
using System.IO;
using System.Text;
using System.Threading;
using FactGen.Generators;
using FactGen.Model.Parsing;
using FactGen.Model.Yaml;
using FactGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FactGen.Tests.Robustness;

/// <summary>
/// A cancelled run stops promptly: measured in characters read after the cancellation, not in time.
/// </summary>
public class CancellationTests
{
    // About 3.2 million characters: 40,000 facts, under the default size limit.
    private static readonly string s_largeFile = LargeFile(40_000);

    [Fact]
    public void The_large_file_is_under_the_size_limit_so_it_is_really_parsed()
        => Assert.InRange(s_largeFile.Length, FactFileLimits.Default.MaxFileSize / 2, FactFileLimits.Default.MaxFileSize);

    [Fact]
    public void A_token_cancelled_mid_parse_stops_the_reader_within_a_few_thousand_characters()
    {
        using var cancellation = new CancellationTokenSource();
        var input = new CancellingReader(s_largeFile, cancelAfter: s_largeFile.Length / 4, cancellation);

        Assert.ThrowsAny<OperationCanceledException>(() => YamlTreeReader.Read(s_largeFile, input, FactFileLimits.Default, cancellation.Token));

        Assert.True(input.CancelledAt > 0, "The reader never reached the point of cancellation.");
        var readAfter = input.CharactersRead - input.CancelledAt;
        Assert.True(readAfter <= 4096, $"{readAfter} characters were read after the token was cancelled.");
    }

    [Fact]
    public void The_parser_lets_cancellation_through_rather_than_reporting_it_as_FG0000()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => FactFileParser.Parse("/project/facts/large.yaml", s_largeFile, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void A_cancelled_generator_run_ends_with_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        const string Path = "/project/facts/large.yaml";
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            generators: [new FactGenerator().AsSourceGenerator()],
            additionalTexts: [new InMemoryAdditionalText(Path, s_largeFile)],
            optionsProvider: new TestOptionsProvider(GeneratorHarness.DefaultOptions, [Path]));

        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGeneratorsAndUpdateCompilation(Compilations.Create([]), out _, out _, cancellation.Token));
    }

    private static string LargeFile(int facts)
    {
        var text = new StringBuilder("sources:\n  s: { publisher: P }\nfacts:\n");
        for (var i = 0; i < facts; i++)
        {
            text.Append("  - id: fact-").Append(i).Append("\n    claim: Claim ").Append(i).Append("\n    value: ").Append(i).Append("\n    source: s\n    quote: q\n");
        }

        return text.ToString();
    }

    /// <summary>Reads a text and cancels a token once <c>cancelAfter</c> characters have been handed out.</summary>
    private sealed class CancellingReader(string text, int cancelAfter, CancellationTokenSource cancellation) : TextReader
    {
        private readonly StringReader _inner = new(text);

        public int CharactersRead { get; private set; }

        public int CancelledAt { get; private set; }

        public override int Peek() => _inner.Peek();

        public override int Read()
        {
            var c = _inner.Read();
            Count(c < 0 ? 0 : 1);
            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Count(_inner.Read(buffer, index, count));

        public override int Read(Span<char> buffer) => Count(_inner.Read(buffer));

        private int Count(int read)
        {
            CharactersRead += read;
            if (CancelledAt == 0 && CharactersRead >= cancelAfter)
            {
                CancelledAt = CharactersRead;
                cancellation.Cancel();
            }

            return read;
        }
    }
}
