using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactGen.Generators.Figures;

/// <summary>
/// What the syntax alone shows of a value's type, so that a use can be judged before it is bound: a numeric literal,
/// a cast to a number, or a local or parameter declared with a numeric keyword (<c>int size</c>). Anything else is
/// unknown: <c>var</c>, a field, a pattern or <c>out</c> variable.
/// </summary>
internal static class DeclaredTypes
{
    /// <summary>Whether the syntax shows that <paramref name="expression"/> is a number.</summary>
    public static bool IsNumber(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.NumericLiteralExpression),
        ParenthesizedExpressionSyntax parenthesized => IsNumber(parenthesized.Expression),
        CastExpressionSyntax cast => IsNumericKeyword(cast.Type),
        IdentifierNameSyntax name => DeclaredTypeOf(name) is { } type && IsNumericKeyword(type),
        _ => false,
    };

    private static bool IsNumericKeyword(TypeSyntax type)
        => (type is NullableTypeSyntax nullable ? nullable.ElementType : type) is PredefinedTypeSyntax predefined
           && predefined.Keyword.Kind() is SyntaxKind.SByteKeyword or SyntaxKind.ByteKeyword or SyntaxKind.ShortKeyword or SyntaxKind.UShortKeyword
               or SyntaxKind.IntKeyword or SyntaxKind.UIntKeyword or SyntaxKind.LongKeyword or SyntaxKind.ULongKeyword
               or SyntaxKind.FloatKeyword or SyntaxKind.DoubleKeyword or SyntaxKind.DecimalKeyword;

    /// <summary>
    /// The type written in the declaration of the local or parameter that <paramref name="name"/> refers to, or null
    /// where none is found or none is written. Only declarations whose scope holds the name are looked at (a block's
    /// locals; a for, foreach, using or fixed statement's variables; the parameters of the method or function the name
    /// is in): C# lets no other local of the same name be in scope there, and a local or parameter hides a field. The
    /// search stops at the nearest method, local function or lambda, whose own variables may hide the ones outside it.
    /// </summary>
    private static TypeSyntax? DeclaredTypeOf(IdentifierNameSyntax name)
    {
        var identifier = name.Identifier.ValueText;
        for (var node = name.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BlockSyntax block when block.Statements.OfType<LocalDeclarationStatementSyntax>()
                    .FirstOrDefault(statement => Declares(statement.Declaration, identifier)) is { } local:
                    return local.Declaration.Type;
                case ForStatementSyntax { Declaration: { } declaration } when Declares(declaration, identifier):
                    return declaration.Type;
                case UsingStatementSyntax { Declaration: { } declaration } when Declares(declaration, identifier):
                    return declaration.Type;
                case FixedStatementSyntax { Declaration: var declaration } when Declares(declaration, identifier):
                    return declaration.Type;
                case ForEachStatementSyntax forEach when forEach.Identifier.ValueText == identifier:
                    return forEach.Type;
                case BaseMethodDeclarationSyntax method:
                    return ParameterType(method.ParameterList, identifier);
                case LocalFunctionStatementSyntax function:
                    return ParameterType(function.ParameterList, identifier);
                case ParenthesizedLambdaExpressionSyntax lambda:
                    return ParameterType(lambda.ParameterList, identifier);
                case AnonymousFunctionExpressionSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static bool Declares(VariableDeclarationSyntax declaration, string identifier)
        => declaration.Variables.Any(variable => variable.Identifier.ValueText == identifier);

    private static TypeSyntax? ParameterType(ParameterListSyntax parameters, string identifier)
        => parameters.Parameters.FirstOrDefault(parameter => parameter.Identifier.ValueText == identifier)?.Type;
}
