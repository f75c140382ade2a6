using System;
using System.Collections.Generic;
using DuckDB.NET.Data;

namespace CentralAsia.Domain.Columnar.Tests.Support;

// An embedded, in-memory DuckDB (DuckDB.NET.Data.Full ships the native library): the engine that checks our files.
internal sealed class DuckDb : IDisposable
{
    private readonly DuckDBConnection connection = new("Data Source=:memory:");

    internal DuckDb() => connection.Open();

    internal List<object?[]> Query(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    internal void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static string Quote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    public void Dispose() => connection.Dispose();
}
