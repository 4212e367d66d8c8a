using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>
/// The summary's workflow keeps its steps (comments and the text at each step); action points are closed
/// with a note at a meeting; a meeting scheduled when its start had passed says it was entered after the fact.
/// </summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261205050000_RecordCorrectionsAndSummaryHistory")]
public sealed class RecordCorrectionsAndSummaryHistory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("EnteredAfterTheFact", "Meetings", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>("ClosingNote", "ActionPoints", maxLength: Limits.Text, nullable: true);
        migrationBuilder.AddColumn<DateTime>("ClosedAt", "ActionPoints", nullable: true);
        migrationBuilder.AddColumn<Guid>("ClosedInMeetingId", "ActionPoints", nullable: true);

        migrationBuilder.CreateTable(
            name: "SummaryTransitions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Revision = table.Column<int>(nullable: false),
                Step = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                From = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                To = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                ByUserId = table.Column<Guid>(nullable: false),
                ByName = table.Column<string>(maxLength: Limits.Name, nullable: false),
                ByChair = table.Column<bool>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Comment = table.Column<string>(maxLength: Limits.Text, nullable: true),
                Snapshot = table.Column<string>(nullable: true),
                MeetingId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SummaryTransitions", x => x.Id);
                table.ForeignKey("FK_SummaryTransitions_MeetingSummaries_MeetingId", x => x.MeetingId, "MeetingSummaries", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_SummaryTransitions_MeetingId", "SummaryTransitions", "MeetingId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SummaryTransitions");
        migrationBuilder.DropColumn("ClosedInMeetingId", "ActionPoints");
        migrationBuilder.DropColumn("ClosedAt", "ActionPoints");
        migrationBuilder.DropColumn("ClosingNote", "ActionPoints");
        migrationBuilder.DropColumn("EnteredAfterTheFact", "Meetings");
    }
}
