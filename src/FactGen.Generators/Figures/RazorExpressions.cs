using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactGen.Generators.Figures;

/// <summary>A literal in a Razor expression whose value the page writes: its place in the file, and its value.</summary>
/// <param name="Start">The offset of the literal (its minus sign, if any) in the Razor file.</param>
/// <param name="Source">The literal as the file writes it.</param>
/// <param name="Value">A string's text, or a number.</param>
internal readonly record struct WrittenLiteral(int Start, string Source, object Value);

/// <summary>
/// The literals of a Razor expression (<c>@(…)</c>, <c>@Name(…)</c>) whose value reaches the page, read with the C#
/// parser: the expression itself, a branch of <c>?:</c>, an operand of a string concatenation, a hole or the text of
/// an interpolated string that does. A literal given to a method is the method's business (<c>@Figure.Unsourced(…)</c>,
/// <c>@Format(…)</c>), and a fact (<c>@BrainDrain.X</c>) has no literal at all.
/// </summary>
internal static class RazorExpressions
{
    /// <summary>The written literals of the expression <paramref name="code"/>, which starts at <paramref name="offset"/> in the file.</summary>
    public static IEnumerable<WrittenLiteral> Read(string code, int offset)
    {
        var root = SyntaxFactory.ParseExpression(code);
        foreach (var node in root.DescendantNodesAndSelf())
        {
            switch (node)
            {
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } number
                    when Signed(number) is var signed && ReachesPage(signed, root) && number.Token.Value is { } value:
                    yield return new WrittenLiteral(offset + signed.SpanStart, signed.ToString(), signed == number ? value : Negated(value));
                    break;
                case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } text when ReachesPage(text, root):
                    yield return new WrittenLiteral(offset + text.Token.SpanStart, text.Token.Text, text.Token.ValueText);
                    break;
                case InterpolatedStringTextSyntax part when ReachesPage((ExpressionSyntax)part.Parent!, root):
                    yield return new WrittenLiteral(offset + part.TextToken.SpanStart, part.TextToken.Text, part.TextToken.ValueText);
                    break;
            }
        }
    }

    private static ExpressionSyntax Signed(LiteralExpressionSyntax number)
        => number.Parent is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus ? minus : number;

    private static object Negated(object value)
        => FigureReporter.ToNumber(value) is { } number ? -number : value;

    /// <summary>Whether the value of <paramref name="expression"/> becomes part of what the whole of <paramref name="root"/> writes.</summary>
    private static bool ReachesPage(ExpressionSyntax expression, ExpressionSyntax root)
    {
        var current = expression;
        while (current != root)
        {
            switch (current.Parent)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    current = parenthesized;
                    break;
                case ConditionalExpressionSyntax conditional when conditional.Condition != current:
                    current = conditional;
                    break;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add when IsText(add.Left) || IsText(add.Right):
                    current = add;
                    break;
                case InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } hole when hole.Expression == current:
                    current = interpolated;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>Whether an operand of <c>+</c> is text, which makes the <c>+</c> a concatenation.</summary>
    private static bool IsText(ExpressionSyntax operand)
        => operand switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression),
            InterpolatedStringExpressionSyntax => true,
            ParenthesizedExpressionSyntax parenthesized => IsText(parenthesized.Expression),
            BinaryExpressionSyntax add when add.IsKind(SyntaxKind.AddExpression) => IsText(add.Left) || IsText(add.Right),
            _ => false,
        };
}
