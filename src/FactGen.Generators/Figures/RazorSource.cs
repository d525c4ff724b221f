using System;
using System.Collections.Generic;
using System.Threading;

namespace FactGen.Generators.Figures;

/// <summary>
/// Where a Razor file (<c>.razor</c>, <c>.cshtml</c>) writes to its reader: the runs of markup text between tags, and
/// the C# expressions whose value is written (<c>@(…)</c> and <c>@Name.Member(…)</c>), as ranges of the file.
/// </summary>
internal sealed record RazorOutput(IReadOnlyList<(int Start, int End)> Texts, IReadOnlyList<(int Start, int End)> Expressions);

/// <summary>
/// Reads a Razor file far enough to find what it writes to its reader. Tags and their attributes (save the few a reader
/// sees: <c>title</c>, <c>alt</c>, <c>placeholder</c>, <c>aria-label</c>, <c>aria-description</c>), <c>&lt;script&gt;</c>
/// and <c>&lt;style&gt;</c>, HTML and Razor comments, directives, <c>@code</c>/<c>@functions</c> blocks and the C# of
/// code blocks are no reader-facing text; markup inside code blocks (<c>@if (…) { &lt;p&gt;…&lt;/p&gt; }</c>) and
/// <c>@:</c> lines are. Hand-written, since no Razor parser ships as a package an analyzer can load (the Razor compiler
/// comes with the SDK, and its generated code writes markup as hidden, unmapped literals).
/// </summary>
internal sealed class RazorSource
{
    private static readonly HashSet<string> s_lineDirectives = new(StringComparer.Ordinal)
    {
        "page", "model", "inject", "inherits", "namespace", "attribute", "implements", "layout", "typeparam",
        "rendermode", "preservewhitespace", "addTagHelper", "removeTagHelper", "tagHelperPrefix", "using",
    };

    private static readonly HashSet<string> s_controlKeywords = new(StringComparer.Ordinal)
    {
        "if", "for", "foreach", "while", "switch", "lock", "try", "do", "using",
    };

    /// <summary>The attributes whose values a reader sees or hears; the others (style, class, width…) carry layout.</summary>
    private static readonly HashSet<string> s_readerAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "alt", "placeholder", "aria-label", "aria-description",
    };

    private static readonly HashSet<string> s_voidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly List<(int Start, int End)> _texts = new();
    private readonly List<(int Start, int End)> _expressions = new();

    private RazorSource(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>What <paramref name="text"/> writes to its reader; whatever the text, the read ends at its end.</summary>
    public static RazorOutput Read(string text, CancellationToken cancellationToken)
    {
        var source = new RazorSource(text, cancellationToken);
        source.Markup(0, MarkupEnd.EndOfFile, null);
        return new RazorOutput(source._texts, source._expressions);
    }

    private enum MarkupEnd
    {
        EndOfFile,
        CloseTag,
        Brace,
        EndOfLine,
    }

    /// <summary>Reads markup from <paramref name="index"/> to where <paramref name="end"/> says; returns the offset past it.</summary>
    private int Markup(int index, MarkupEnd end, string? element)
    {
        var textStart = index;
        var depth = 0;
        while (index < _text.Length)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var character = _text[index];
            int next;
            if (end == MarkupEnd.EndOfLine && character is '\n' or '\r')
            {
                break;
            }

            if (end == MarkupEnd.Brace && character is '{' or '}')
            {
                depth += character == '{' ? 1 : -1;
                if (depth < 0)
                {
                    Flush(textStart, index);
                    return index + 1;
                }

                index++;
                continue;
            }

            if (character == '<' && IsTagStart(index))
            {
                Flush(textStart, index);
                if (end == MarkupEnd.CloseTag && IsCloseTagOf(index, element!))
                {
                    if (depth == 0)
                    {
                        return EndOfTag(index);
                    }

                    depth--;
                }
                else if (end == MarkupEnd.CloseTag && IsOpenTagOf(index, element!) && !IsSelfClosed(index))
                {
                    depth++;
                }

                next = Tag(index);
            }
            else if (character == '@' && index + 1 < _text.Length && !IsWordCharacter(index - 1))
            {
                Flush(textStart, index);
                next = Transition(index);
            }
            else
            {
                index++;
                continue;
            }

            index = next;
            textStart = index;
        }

        Flush(textStart, index);
        return index;
    }

    /// <summary>A tag, comment, or an element whose content is no text (script, style); returns the offset past it.</summary>
    private int Tag(int index)
    {
        if (StartsWith(index, "<!--"))
        {
            return After(index + 4, "-->");
        }

        var name = TagName(index + 1);
        var end = EndOfTag(index);
        ReaderAttributes(index + 1 + name.Length, end);
        if (!name.Equals("script", StringComparison.OrdinalIgnoreCase) && !name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            return end;
        }

        var close = _text.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? _text.Length : EndOfTag(close);
    }

    /// <summary>What follows an <c>@</c> in markup; returns the offset past it.</summary>
    private int Transition(int at)
    {
        var index = at + 1;
        switch (_text[index])
        {
            case '@':
                return index + 1;
            case '*':
                return After(index + 1, "*@");
            case '(':
                var close = Balanced(index, '(', ')');
                _expressions.Add((index + 1, Math.Max(index + 1, close - 1)));
                return close;
            case '{':
                return Code(index + 1);
            case ':':
                return Markup(index + 1, MarkupEnd.EndOfLine, null);
        }

        if (!IsIdentifierStart(_text[index]))
        {
            return index;
        }

        var word = Word(index);
        var afterWord = index + word.Length;
        if (word is "code" or "functions")
        {
            var brace = SkipWhitespace(afterWord);
            return brace < _text.Length && _text[brace] == '{' ? Balanced(brace, '{', '}') : afterWord;
        }

        if (word == "section")
        {
            var brace = _text.IndexOf('{', afterWord);
            return brace < 0 ? _text.Length : Markup(brace + 1, MarkupEnd.Brace, null);
        }

        if (s_controlKeywords.Contains(word) && !(word == "using" && !StartsWith(SkipWhitespace(afterWord), "(")))
        {
            return Control(afterWord);
        }

        if (s_lineDirectives.Contains(word))
        {
            return EndOfLine(afterWord);
        }

        var start = index;
        if (word == "await")
        {
            index = SkipWhitespace(afterWord);
        }

        var end = ImplicitExpressionEnd(index);
        _expressions.Add((start, end));
        return end;
    }

    /// <summary>
    /// The end of an implicit expression: names joined by <c>.</c> or <c>?.</c>, with calls and indexes, as Razor reads
    /// <c>@Report.Title(…)</c>; a dot that ends a sentence stays text.
    /// </summary>
    private int ImplicitExpressionEnd(int index)
    {
        while (index < _text.Length)
        {
            if (IsIdentifierStart(_text[index]) || char.IsDigit(_text[index]))
            {
                index++;
            }
            else if (_text[index] is '(' or '[')
            {
                index = Balanced(index, _text[index], _text[index] == '(' ? ')' : ']');
            }
            else if (_text[index] == '.' && index + 1 < _text.Length && IsIdentifierStart(_text[index + 1]))
            {
                index++;
            }
            else if (StartsWith(index, "?.") && index + 2 < _text.Length && IsIdentifierStart(_text[index + 2]))
            {
                index += 2;
            }
            else
            {
                break;
            }
        }

        return index;
    }

    /// <summary>
    /// A control statement after its keyword (<c>if (…) { … } else { … }</c>, <c>foreach</c>, <c>try … catch</c>,
    /// <c>do { … } while (…);</c>); returns the offset past it.
    /// </summary>
    private int Control(int index)
    {
        while (true)
        {
            index = SkipWhitespace(index);
            if (index < _text.Length && _text[index] == '(')
            {
                index = SkipWhitespace(Balanced(index, '(', ')'));
            }

            if (index >= _text.Length || _text[index] != '{')
            {
                return index;
            }

            index = Code(index + 1);
            var following = SkipWhitespace(index);
            var word = following < _text.Length && IsIdentifierStart(_text[following]) ? Word(following) : "";
            if (word is not ("else" or "catch" or "finally" or "while"))
            {
                return index;
            }

            index = following + word.Length;
            var afterIf = SkipWhitespace(index);
            if (word == "else" && StartsWith(afterIf, "if") && !IsWordCharacter(afterIf + 2))
            {
                index = afterIf + 2;
            }
            else if (word == "while")
            {
                // do { … } while (…);
                var condition = SkipWhitespace(index);
                index = condition < _text.Length && _text[condition] == '(' ? Balanced(condition, '(', ')') : condition;
                index = SkipWhitespace(index);
                return index < _text.Length && _text[index] == ';' ? index + 1 : index;
            }
        }
    }

    /// <summary>
    /// C# of a code block, from just inside its <c>{</c> to its <c>}</c>; an element that starts a statement, and an
    /// <c>@:</c> line, are markup. Returns the offset past the <c>}</c>.
    /// </summary>
    private int Code(int index)
    {
        var depth = 0;
        var statementStart = true;
        while (index < _text.Length)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var character = _text[index];
            if (char.IsWhiteSpace(character))
            {
                index++;
                continue;
            }

            if (character == '<' && statementStart && index + 1 < _text.Length && char.IsLetter(_text[index + 1]))
            {
                index = Element(index);
                continue;
            }

            if (character == '@' && index + 1 < _text.Length && _text[index + 1] is ':' or '*' or '<')
            {
                // An @: line, a Razor comment, or an element given as a value (a RenderFragment).
                index = _text[index + 1] == '<' ? Element(index + 1) : Transition(index);
                continue;
            }

            var skipped = SkipCSharpToken(index);
            if (skipped != index)
            {
                index = skipped;
                statementStart = false;
                continue;
            }

            if (character == '{')
            {
                depth++;
            }
            else if (character == '}' && --depth < 0)
            {
                return index + 1;
            }

            statementStart = character is '{' or '}' or ';' or ':';
            index++;
        }

        return index;
    }

    /// <summary>An element written inside code: its tags and the markup between them; returns the offset past it.</summary>
    private int Element(int index)
    {
        var name = TagName(index + 1);
        var end = EndOfTag(index);
        ReaderAttributes(index + 1 + name.Length, end);
        return IsSelfClosed(index) || s_voidElements.Contains(name) ? end : Markup(end, MarkupEnd.CloseTag, name);
    }

    /// <summary>Past a C# string, character literal or comment at <paramref name="index"/>; <paramref name="index"/> itself when none starts there.</summary>
    private int SkipCSharpToken(int index)
    {
        if (StartsWith(index, "//"))
        {
            return EndOfLine(index);
        }

        if (StartsWith(index, "/*"))
        {
            return After(index + 2, "*/");
        }

        var quote = index;
        var verbatim = false;
        while (quote < _text.Length && _text[quote] is '$' or '@' && quote - index < 3)
        {
            verbatim |= _text[quote] == '@';
            quote++;
        }

        if (quote >= _text.Length || _text[quote] is not ('"' or '\''))
        {
            return index;
        }

        if (StartsWith(quote, "\"\"\""))
        {
            var quotes = quote;
            while (quotes < _text.Length && _text[quotes] == '"')
            {
                quotes++;
            }

            return After(quotes, new string('"', quotes - quote));
        }

        var delimiter = _text[quote];
        for (var i = quote + 1; i < _text.Length; i++)
        {
            if (_text[i] == '\\' && !verbatim)
            {
                i++;
            }
            else if (_text[i] == delimiter)
            {
                if (verbatim && i + 1 < _text.Length && _text[i + 1] == delimiter)
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
            else if (_text[i] is '\n' && !verbatim)
            {
                return i;
            }
        }

        return _text.Length;
    }

    /// <summary>The offset past the bracket that closes the one at <paramref name="index"/>, strings and comments skipped.</summary>
    private int Balanced(int index, char open, char close)
    {
        var depth = 0;
        while (index < _text.Length)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var skipped = SkipCSharpToken(index);
            if (skipped != index)
            {
                index = skipped;
                continue;
            }

            if (_text[index] == open)
            {
                depth++;
            }
            else if (_text[index] == close && --depth == 0)
            {
                return index + 1;
            }

            index++;
        }

        return index;
    }

    /// <summary>
    /// The quoted values of the reader-facing attributes of a tag, from just past its name to its end, as text; a value
    /// with an <c>@</c> in it is Razor's to write and is left out.
    /// </summary>
    private void ReaderAttributes(int index, int end)
    {
        while (index < end)
        {
            var nameStart = index;
            while (index < end && !char.IsWhiteSpace(_text[index]) && _text[index] is not ('=' or '>' or '/' or '"' or '\''))
            {
                index++;
            }

            var name = _text.Substring(nameStart, index - nameStart);
            var equals = SkipWhitespace(index);
            if (equals >= end || _text[equals] != '=')
            {
                index = Math.Max(index, nameStart + 1);
                continue;
            }

            var quote = SkipWhitespace(equals + 1);
            if (quote >= end || _text[quote] is not ('"' or '\''))
            {
                index = quote + 1;
                continue;
            }

            var close = _text.IndexOf(_text[quote], quote + 1);
            if (close < 0 || close >= end)
            {
                return;
            }

            if (s_readerAttributes.Contains(name) && _text.IndexOf('@', quote + 1, close - quote - 1) < 0)
            {
                Flush(quote + 1, close);
            }

            index = close + 1;
        }
    }

    private void Flush(int start, int end)
    {
        if (end > start)
        {
            _texts.Add((start, end));
        }
    }

    private bool IsTagStart(int index)
        => index + 1 < _text.Length && (char.IsLetter(_text[index + 1]) || _text[index + 1] is '/' or '!');

    private bool IsCloseTagOf(int index, string element)
        => StartsWith(index, "</") && TagName(index + 2).Equals(element, StringComparison.OrdinalIgnoreCase);

    private bool IsOpenTagOf(int index, string element)
        => TagName(index + 1).Equals(element, StringComparison.OrdinalIgnoreCase);

    private bool IsSelfClosed(int index)
    {
        var end = EndOfTag(index);
        return end >= 2 && _text[end - 1] == '>' && _text[end - 2] == '/';
    }

    private string TagName(int index)
    {
        var end = index;
        while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] is '-' or ':' or '.' or '_'))
        {
            end++;
        }

        return _text.Substring(index, end - index);
    }

    /// <summary>The offset past the <c>&gt;</c> of the tag at <paramref name="index"/>, quoted attribute values skipped.</summary>
    private int EndOfTag(int index)
    {
        char? quote = null;
        for (var i = index + 1; i < _text.Length; i++)
        {
            if (quote is not null)
            {
                quote = _text[i] == quote ? null : quote;
            }
            else if (_text[i] is '"' or '\'')
            {
                quote = _text[i];
            }
            else if (_text[i] == '>')
            {
                return i + 1;
            }
        }

        return _text.Length;
    }

    private int After(int index, string marker, bool ignoreCase = false)
    {
        var found = _text.IndexOf(marker, Math.Min(index, _text.Length), ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        return found < 0 ? _text.Length : found + marker.Length;
    }

    private int EndOfLine(int index)
    {
        while (index < _text.Length && _text[index] is not ('\n' or '\r'))
        {
            index++;
        }

        return index;
    }

    private int SkipWhitespace(int index)
    {
        while (index < _text.Length && char.IsWhiteSpace(_text[index]))
        {
            index++;
        }

        return index;
    }

    private string Word(int index)
    {
        var end = index;
        while (end < _text.Length && (IsIdentifierStart(_text[end]) || char.IsDigit(_text[end])))
        {
            end++;
        }

        return _text.Substring(index, end - index);
    }

    private bool StartsWith(int index, string value)
        => index >= 0 && index + value.Length <= _text.Length && string.CompareOrdinal(_text, index, value, 0, value.Length) == 0;

    private bool IsWordCharacter(int index)
        => index >= 0 && index < _text.Length && (char.IsLetterOrDigit(_text[index]) || _text[index] == '_');

    private static bool IsIdentifierStart(char character) => char.IsLetter(character) || character == '_';
}
