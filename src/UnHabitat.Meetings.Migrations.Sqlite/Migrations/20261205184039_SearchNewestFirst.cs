using Microsoft.EntityFrameworkCore.Migrations;
using UnHabitat.Meetings.Infrastructure.Search;

#nullable disable

namespace UnHabitat.Meetings.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SearchNewestFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The FTS5 table re-created contentless, keyed by date and id, so that matches come newest first (ADR 023).
            SearchIndexDdl.CreateNewestFirst(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchIndexDdl.DropNewestFirst(migrationBuilder);
        }
    }
}
