namespace CentralAsia.Domain.Tests;

/// <summary>
/// How many cases FsCheck properties try: <c>[Property(MaxTest = 200 / Runs.Divisor)]</c>.
/// </summary>
/// <remarks>
/// The normal build runs every property at full strength. The "Mutation" configuration used by
/// Stryker (<c>mutation/run.sh</c>) divides the runs by ten: Stryker runs a mutant's covering
/// tests once per mutant, thousands of times, and most mutants die on the first few cases. A
/// mutant that would only die after more cases is reported as surviving, so the score measured
/// this way is a lower bound of the score at full strength.
/// </remarks>
internal static class Runs
{
#if MUTATION_PROFILE
    /// <summary>The divisor of the mutation-testing build.</summary>
    public const int Divisor = 10;
#else
    /// <summary>The divisor of the normal build: full strength.</summary>
    public const int Divisor = 1;
#endif
}
