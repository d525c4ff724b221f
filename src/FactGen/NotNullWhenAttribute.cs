#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

/// <summary>Polyfill: netstandard2.0 lacks the nullable-analysis attribute the compiler honours by name.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class NotNullWhenAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="returnValue">The return value for which the parameter is not null.</param>
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    /// <summary>The return value for which the parameter is not null.</summary>
    public bool ReturnValue { get; }
}
#endif
