using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Infrastructure.Search;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>
/// The search entries, and each engine's full-text structure over them (ADR 023): the table is provider-neutral;
/// the engine-specific part is <see cref="SearchIndexDdl"/>, the one place that knows each engine's SQL.
/// </summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261206000007_Search")]
public sealed class Search : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SearchEntries",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn)
                    .Annotation("SqlServer:Identity", "1, 1"),
                Kind = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                SourceId = table.Column<Guid>(nullable: false),
                BodyId = table.Column<Guid>(nullable: true),
                MeetingId = table.Column<Guid>(nullable: true),
                SessionId = table.Column<Guid>(nullable: true),
                Symbol = table.Column<string>(maxLength: Limits.Symbol, nullable: true),
                Title = table.Column<string>(maxLength: Limits.Title + Limits.Name, nullable: false),
                Language = table.Column<string>(maxLength: Limits.MemberStateCode, nullable: true),
                Text = table.Column<string>(nullable: false),
                Date = table.Column<DateTime>(nullable: true),
                Published = table.Column<bool>(nullable: false),
                ContentHash = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_SearchEntries", x => x.Id));
        migrationBuilder.CreateIndex("IX_SearchEntries_Kind_SourceId", "SearchEntries", ["Kind", "SourceId"]);
        migrationBuilder.CreateIndex("IX_SearchEntries_MeetingId", "SearchEntries", "MeetingId");
        migrationBuilder.CreateIndex("IX_SearchEntries_Symbol", "SearchEntries", "Symbol");
        SearchIndexDdl.Create(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        SearchIndexDdl.Drop(migrationBuilder);
        migrationBuilder.DropTable("SearchEntries");
    }
}
