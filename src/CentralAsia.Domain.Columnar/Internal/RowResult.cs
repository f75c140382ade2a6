using CentralAsia.Domain.Trade;

namespace CentralAsia.Domain.Columnar.Internal;

// One row read: the flow, or its errors. A file-level error (no flow, no row) ends the file.
internal readonly record struct RowResult(TradeFlow? Flow, ColumnarError[]? Errors);
