using Microsoft.EntityFrameworkCore.Migrations;
using UnHabitat.Meetings.Infrastructure.Search;

#nullable disable

namespace UnHabitat.Meetings.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SearchExpressionIndexDropped : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The unused index over the text-search expression, outside the EF model (ADR 023).
            SearchIndexDdl.DropPostgresExpressionIndex(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchIndexDdl.RestorePostgresExpressionIndex(migrationBuilder);
        }
    }
}
