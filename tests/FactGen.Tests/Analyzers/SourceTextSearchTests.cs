using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Generators.Figures;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace FactGen.Tests.Analyzers;

public class SourceTextSearchTests
{
    private const int Block = SourceTextSearch.BlockLength;

    /// <summary>What the search must find: string.IndexOf called again after the end of each match.</summary>
    private static List<int> ByStringSearch(string text, string value, int start, int end)
    {
        var found = new List<int>();
        int position;
        for (var from = start; from < end && (position = text.IndexOf(value, from, end - from, StringComparison.Ordinal)) >= 0; from = position + value.Length)
        {
            found.Add(position);
        }

        return found;
    }

    /// <summary>A large text as the compiler reads a file, kept in chunks rather than as one string.</summary>
    private static SourceText AsFile(string text) => SourceText.From(new MemoryStream(Encoding.UTF8.GetBytes(text)), Encoding.UTF8);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(6)]
    public void A_word_cut_by_the_end_of_a_block_is_found_once(int charactersBeforeTheEnd)
    {
        var text = new string('x', Block - charactersBeforeTheEnd) + "Figure" + new string('y', Block) + "Figure";
        var expected = new[] { Block - charactersBeforeTheEnd, (2 * Block) - charactersBeforeTheEnd + 6 };

        Assert.Equal(expected, SourceTextSearch.IndexesOf(SourceText.From(text), "Figure", new TextSpan(0, text.Length)));
        Assert.Equal(expected, SourceTextSearch.IndexesOf(AsFile(text), "Figure", new TextSpan(0, text.Length)));
    }

    [Fact]
    public void Matches_that_overlap_are_taken_from_the_left_as_a_repeated_string_search_takes_them()
    {
        var text = new string('a', Block + 7);

        Assert.Equal(ByStringSearch(text, "aaa", 0, text.Length), SourceTextSearch.IndexesOf(SourceText.From(text), "aaa", new TextSpan(0, text.Length)));
    }

    [Fact]
    public void Only_matches_inside_the_span_are_found_and_a_span_past_the_end_is_cut_to_the_text()
    {
        var text = SourceText.From("Count Count Count Count");

        Assert.Equal(new[] { 6, 12 }, SourceTextSearch.IndexesOf(text, "Count", TextSpan.FromBounds(1, 17)));
        Assert.Equal(new[] { 18 }, SourceTextSearch.IndexesOf(text, "Count", TextSpan.FromBounds(13, 40)));
        Assert.Empty(SourceTextSearch.IndexesOf(text, "Count", TextSpan.FromBounds(19, 23)));
        Assert.Equal(new[] { 0 }, SourceTextSearch.IndexesOf(text, "Count", new TextSpan(0, text.Length), max: 1));
    }

    [Fact]
    public void Contains_finds_a_word_anywhere_and_nothing_in_an_empty_text_or_for_an_empty_word()
    {
        Assert.True(SourceTextSearch.Contains(AsFile(new string(' ', 3 * Block) + "[Localizable(true)]"), "Localizable"));
        Assert.False(SourceTextSearch.Contains(AsFile(new string(' ', 3 * Block) + "[Localizabl"), "Localizable"));
        Assert.False(SourceTextSearch.Contains(SourceText.From(""), "Figure"));
        Assert.False(SourceTextSearch.Contains(SourceText.From("Figure"), ""));
    }

    [Fact]
    public void Over_random_texts_and_spans_it_finds_what_a_string_search_finds()
    {
        var random = new Random(20261202);
        for (var round = 0; round < 200; round++)
        {
            // Few letters, so that words recur and cross block ends often.
            var length = random.Next(0, 3 * Block);
            var text = new string(Enumerable.Range(0, length).Select(_ => "abc"[random.Next(3)]).ToArray());
            var value = new string(Enumerable.Range(0, random.Next(1, 9)).Select(_ => "abc"[random.Next(3)]).ToArray());
            var start = random.Next(0, length + 1);
            var end = random.Next(start, length + 1);

            Assert.Equal(ByStringSearch(text, value, start, end), SourceTextSearch.IndexesOf(AsFile(text), value, TextSpan.FromBounds(start, end)));
        }
    }
}
