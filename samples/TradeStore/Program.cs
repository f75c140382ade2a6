// Stores the reference dataset in SQLite through Entity Framework Core, then asks the database
// "China's trade with each partner in 2022" with a LINQ query that runs in SQL.
//
//   dotnet run --project samples/TradeStore                  (a new database in a temporary file)
//   dotnet run --project samples/TradeStore -- trade.db      (keeps the database in trade.db)
using System;
using System.IO;

var file = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), $"tradestore-{Guid.NewGuid():N}.db");
var code = await TradeStore.Store.RunAsync(file, Console.Out);
if (args.Length == 0)
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    File.Delete(file);
}

return code;
