namespace CentralAsia.Domain.Internal;

/// <summary>
/// The argument of the internal constructors that skip validation because their caller has just
/// validated (or, in the readers, has just read and checked) every argument.
/// </summary>
/// <remarks>
/// A type of its own rather than a <see cref="bool"/>: there is no "not validated" to pass, and no
/// literal for a mutation-testing tool to flip into a mutant that no test could ever tell apart.
/// </remarks>
internal enum Validated
{
    /// <summary>The arguments were validated by the caller.</summary>
    Yes,
}
