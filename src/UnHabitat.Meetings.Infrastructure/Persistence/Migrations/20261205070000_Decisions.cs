using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>
/// The decisions a body adopts under an agenda item ("decision 2024/3"), numbered once per body and series; for
/// the daily journal, the function of a named official who spoke, how a body's journal names the Secretariat,
/// and each day's journal with its published revisions.
/// </summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261205070000_Decisions")]
public sealed class Decisions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Decisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BodyId = table.Column<Guid>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                AgendaItemId = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Series = table.Column<int>(nullable: false),
                Ordinal = table.Column<int>(nullable: false),
                Year = table.Column<int>(nullable: false),
                AdoptedOn = table.Column<DateOnly>(nullable: false),
                Title = table.Column<string>(maxLength: Limits.Title, nullable: false),
                Text = table.Column<string>(maxLength: Limits.Text, nullable: true),
                DocumentSymbol = table.Column<string>(maxLength: Limits.Symbol, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Decisions", x => x.Id);
                table.ForeignKey("FK_Decisions_Bodies_BodyId", x => x.BodyId, "Bodies", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Decisions_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Decisions_BodyId_Series_Ordinal", "Decisions", ["BodyId", "Series", "Ordinal"], unique: true);
        migrationBuilder.CreateIndex("IX_Decisions_BodyId_Year", "Decisions", ["BodyId", "Year"]);
        migrationBuilder.CreateIndex("IX_Decisions_MeetingId", "Decisions", "MeetingId");

        migrationBuilder.AddColumn<string>("SpeakerFunction", "Interventions", maxLength: Limits.Name, nullable: true);
        migrationBuilder.AddColumn<string>("SecretariatName", "Bodies", maxLength: Limits.ShortText, nullable: true);

        migrationBuilder.CreateTable(
            name: "DailyJournals",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Status = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Revision = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DailyJournals", x => x.Id);
                table.ForeignKey("FK_DailyJournals_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_DailyJournals_SessionId_Date", "DailyJournals", ["SessionId", "Date"], unique: true);

        migrationBuilder.CreateTable(
            name: "PublishedJournalRevisions",
            columns: table => new
            {
                Revision = table.Column<int>(nullable: false),
                JournalId = table.Column<Guid>(nullable: false),
                PublishedAt = table.Column<DateTime>(nullable: false),
                PublishedBy = table.Column<string>(maxLength: Limits.Name, nullable: false),
                Content = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PublishedJournalRevisions", x => new { x.JournalId, x.Revision });
                table.ForeignKey("FK_PublishedJournalRevisions_DailyJournals_JournalId", x => x.JournalId, "DailyJournals", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("PublishedJournalRevisions");
        migrationBuilder.DropTable("DailyJournals");
        migrationBuilder.DropColumn("SecretariatName", "Bodies");
        migrationBuilder.DropColumn("SpeakerFunction", "Interventions");
        migrationBuilder.DropTable("Decisions");
    }
}
