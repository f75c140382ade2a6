namespace CentralAsia.Domain.Values;

/// <summary>
/// Lets <see cref="Identifier{TSelf}"/> create instances of a concrete identifier type. Implemented
/// explicitly by each identifier; callers use <c>Parse</c> and <c>TryParse</c> instead.
/// </summary>
/// <typeparam name="TSelf">The identifier type.</typeparam>
public interface IIdentifier<TSelf>
    where TSelf : Identifier<TSelf>, IIdentifier<TSelf>
{
    /// <summary>Creates an identifier from its text.</summary>
    /// <param name="value">The text, a lowercase slug.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="value"/> is not a valid slug.</exception>
    static abstract TSelf Create(string value);
}
