using Xunit;

namespace CentralAsia.Domain.Tests.Contracts;

/// <summary>
/// Tests that count process-wide allocations run alone: other tests running in parallel would
/// add their own allocations to the count.
/// </summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone
{
}
