using System;
using System.Linq;
using FactGen.Generators.Figures;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.CodeFixes;

/// <summary>Puts a fact in the place of a figure: an expression for a number, an interpolation for a figure in text.</summary>
internal static class FigureEdits
{
    /// <summary>
    /// The root with the figure at <paramref name="span"/> replaced by the fact <paramref name="member"/> (written
    /// <c>global::Namespace.Class.Member</c>), or null when the figure's place cannot take it (a raw string literal, a
    /// span that no longer holds the figure).
    /// </summary>
    public static SyntaxNode? ReplaceFigure(SyntaxNode root, SemanticModel model, TextSpan span, string kind, string member)
    {
        var name = ShortestName(model, span.Start, member);
        return kind switch
        {
            FigureProperties.NumberKind => ReplaceNumber(root, span, name + ".Value"),
            FigureProperties.TextKind => ReplaceText(root, span, name + ".ValueText", acrossHoles: false),
            FigureProperties.HoleKind => ReplaceText(root, span, name + ".ValueText", acrossHoles: true),
            _ => null,
        };
    }

    /// <summary>
    /// The member as briefly as the code at <paramref name="position"/> can name it: <c>Facts.BrainDrain.Left</c>,
    /// or <c>BrainDrain.Left</c> under <c>using Facts;</c>. A class the generator has yet to create (for a new fact
    /// file) is named through the usings, else by its namespace, with <c>global::</c> only where that is taken.
    /// </summary>
    private static string ShortestName(SemanticModel model, int position, string member)
    {
        var qualified = member.StartsWith("global::", StringComparison.Ordinal) ? member.Substring("global::".Length) : member;
        var lastDot = qualified.LastIndexOf('.');
        var typeName = qualified.Substring(0, lastDot);
        var memberName = qualified.Substring(lastDot + 1);
        if (model.Compilation.GetTypeByMetadataName(typeName.Replace("@", "")) is { } type)
        {
            return type.ToMinimalDisplayString(model, position) + "." + memberName;
        }

        var typeDot = typeName.LastIndexOf('.');
        var namespaceName = typeDot < 0 ? "" : typeName.Substring(0, typeDot);
        var imported = model.SyntaxTree.GetRoot() is CompilationUnitSyntax unit
            && unit.Usings.Any(@using => @using.Alias is null && @using.StaticKeyword.IsKind(SyntaxKind.None) && @using.Name?.ToString() == namespaceName);
        if (imported)
        {
            return typeName.Substring(typeDot + 1) + "." + memberName;
        }

        // "global::" is needed only where the first name of the namespace means something other than that namespace.
        var firstName = qualified.Substring(0, qualified.IndexOf('.')).TrimStart('@');
        var found = model.LookupNamespacesAndTypes(position, name: firstName);
        return found.All(symbol => symbol is INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true }) ? qualified : member;
    }

    private static SyntaxNode? ReplaceNumber(SyntaxNode root, TextSpan span, string expression)
    {
        if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax figure || figure.Span != span)
        {
            return null;
        }

        // As the whole of a hole, "global::" would read as the start of a format string: parentheses keep it a qualifier.
        var replacement = SyntaxFactory.ParseExpression(figure.Parent is InterpolationSyntax && expression.Contains("::") ? "(" + expression + ")" : expression)
            .WithTriviaFrom(figure)
            .WithAdditionalAnnotations(Formatter.Annotation);
        return root.ReplaceNode(figure, replacement);
    }

    /// <summary>
    /// The root with the text at <paramref name="span"/> in a string replaced by an interpolation of
    /// <paramref name="expression"/>: within one literal or text part, or, <paramref name="acrossHoles"/>, a hole with
    /// the sign written beside it (<c>{13}%</c>).
    /// </summary>
    private static SyntaxNode? ReplaceText(SyntaxNode root, TextSpan span, string expression, bool acrossHoles)
    {
        var token = root.FindToken(span.Start);
        var acrossHolesOf = acrossHoles ? token.Parent?.AncestorsAndSelf().OfType<InterpolatedStringExpressionSyntax>().FirstOrDefault() : null;
        if (acrossHolesOf is null && !token.Span.Contains(span))
        {
            return null;
        }

        // In a hole, "global::" would read as the start of a format string; parentheses keep it an alias qualifier.
        var hole = expression.Contains("::") ? "(" + expression + ")" : expression;
        ExpressionSyntax literal;
        string source;
        switch (acrossHolesOf is { } outer ? outer.Contents.FirstOrDefault(content => content.Span.Contains(span.Start)) : token.Parent)
        {
            case LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } stringLiteral
                when token.IsKind(SyntaxKind.StringLiteralToken):
            {
                // "About 13% left" becomes $"About {Fact.ValueText} left": the rest of the text keeps its escapes, and
                // its braces are doubled, which an interpolated string needs.
                literal = stringLiteral;
                var before = token.Text.Substring(0, span.Start - token.SpanStart);
                var after = token.Text.Substring(span.End - token.SpanStart);
                source = "$" + DoubleBraces(before) + "{" + hole + "}" + DoubleBraces(after);
                break;
            }

            case InterpolatedStringContentSyntax { Parent: InterpolatedStringExpressionSyntax interpolated } when acrossHolesOf is not null || token.Parent is InterpolatedStringTextSyntax:
            {
                // The text is already written for an interpolated string; a raw one ($$"""…""") opens a hole with as
                // many braces as it has dollar signs.
                literal = interpolated;
                var braces = interpolated.StringStartToken.Text.TakeWhile(c => c == '$').Count();
                var offset = interpolated.SpanStart;
                var text = interpolated.ToString();
                source = text.Substring(0, span.Start - offset)
                    + new string('{', braces) + hole + new string('}', braces)
                    + text.Substring(span.End - offset);
                break;
            }

            default:
                return null;
        }

        var replacement = SyntaxFactory.ParseExpression(source);
        if (replacement.ContainsDiagnostics)
        {
            return null;
        }

        return root.ReplaceNode(literal, replacement.WithTriviaFrom(literal).WithAdditionalAnnotations(Formatter.Annotation));
    }

    private static string DoubleBraces(string text) => text.Replace("{", "{{").Replace("}", "}}");
}
