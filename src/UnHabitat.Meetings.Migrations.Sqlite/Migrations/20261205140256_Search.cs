using System;
using Microsoft.EntityFrameworkCore.Migrations;
using UnHabitat.Meetings.Infrastructure.Search;

#nullable disable

namespace UnHabitat.Meetings.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BodyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Date = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchEntries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Kind_SourceId",
                table: "SearchEntries",
                columns: new[] { "Kind", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_MeetingId",
                table: "SearchEntries",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_SearchEntries_Symbol",
                table: "SearchEntries",
                column: "Symbol");

            // Each engine's full-text structure over SearchEntries, outside the EF model (ADR 023).
            SearchIndexDdl.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            SearchIndexDdl.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "SearchEntries");
        }
    }
}
