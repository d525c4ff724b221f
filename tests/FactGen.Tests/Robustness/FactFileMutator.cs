using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Tests.Robustness;

/// <summary>
/// Breaks a fact file the ways editing, pasting and merging do: lines and characters deleted, duplicated, swapped;
/// the text cut short; tabs, control characters, odd Unicode and YAML punctuation put in.
/// </summary>
public static class FactFileMutator
{
    /// <summary>The kinds of mutation, by name, as counted in docs/robustness.md.</summary>
    public static readonly IReadOnlyList<string> Kinds = new[]
    {
        "delete line", "duplicate line", "swap lines", "delete character", "duplicate character", "swap characters",
        "truncate", "insert tab", "insert control character", "insert YAML punctuation",
    };

    private static readonly string[] Inserted =
    {
        "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\u202E", "\uFEFF", "\uD800", "\uDC00", "\r", "\n", "\r\n",
    };

    private static readonly string[] Punctuation =
    {
        ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "#", "'", "\"", "|", ">", "!", "!!str ", "%", "@", "`", "?",
        "---\n", "...\n", "<<: ", "\\", "  ",
    };

    /// <summary>Applies one to three mutations to <paramref name="text"/>; <paramref name="kinds"/> gets the kinds applied.</summary>
    public static string Mutate(string text, Random random, List<string> kinds)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var kind = random.Next(Kinds.Count);
            kinds.Add(Kinds[kind]);
            text = Apply(kind, text, random);
        }

        return text;
    }

    private static string Apply(int kind, string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        var at = random.Next(text.Length + 1);
        switch (kind)
        {
            case 0:
                lines.RemoveAt(line);
                return string.Join("\n", lines);
            case 1:
                lines.Insert(line, lines[line]);
                return string.Join("\n", lines);
            case 2:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return string.Join("\n", lines);
            case 3:
                return at < text.Length ? text.Remove(at, 1) : text;
            case 4:
                return at < text.Length ? text.Insert(at, text[at].ToString()) : text;
            case 5:
                return at + 1 < text.Length ? text.Substring(0, at) + text[at + 1] + text[at] + text.Substring(at + 2) : text;
            case 6:
                return text.Substring(0, at);
            case 7:
                return text.Insert(at, "\t");
            case 8:
                return text.Insert(at, Inserted[random.Next(Inserted.Length)]);
            default:
                return text.Insert(at, Punctuation[random.Next(Punctuation.Length)]);
        }
    }
}
