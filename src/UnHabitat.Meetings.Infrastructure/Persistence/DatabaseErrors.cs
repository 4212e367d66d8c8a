using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace UnHabitat.Meetings.Infrastructure.Persistence;

/// <summary>Reads the engines' own error codes, so the rest of the code need not know which engine runs.</summary>
public static class DatabaseErrors
{
    /// <summary>Two writers raced for the same unique value (e.g. the same meeting number).</summary>
    public static bool IsUniqueViolation(Exception exception) => exception is DbUpdateException { InnerException: var inner } && inner switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is 2601 or 2627, // duplicate key in a unique index / a unique constraint
        _ => false,
    };

    /// <summary>
    /// PostgreSQL refused a text it cannot store (a NUL character) that reached it by a path the request
    /// checks do not cover (e.g. a sign-in): bad input, not a failure of the server.
    /// </summary>
    public static bool IsUnstorableText(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter })
            {
                return true;
            }
        }

        return false;
    }
}
