using CentralAsia.Domain.Values;

namespace CentralAsia.Domain.Columnar.Internal;

// The values a Hive-style path gives the columns left out of a partition file: reporter=CN/year=2022.
internal sealed record PartitionValues(CountryCode Reporter, int Year);
