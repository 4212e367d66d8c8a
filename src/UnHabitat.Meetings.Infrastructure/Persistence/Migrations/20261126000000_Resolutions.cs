using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>
/// Resolutions and decisions with their operative paragraphs and implementation updates (points, paragraph
/// statuses, milestones), and the resolution a recorded intervention or response names in its topic.
/// </summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261126000000_Resolutions")]
public sealed class Resolutions : Migration
{
    private const int PartialDateLength = 10;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Interventions", "SecretariatResponses" })
        {
            migrationBuilder.AddColumn<string>("ResolutionReference", table, maxLength: Limits.ShortText, nullable: true);
            migrationBuilder.CreateIndex($"IX_{table}_ResolutionReference", table, "ResolutionReference");
        }

        migrationBuilder.CreateTable(
            name: "Resolutions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BodyId = table.Column<Guid>(nullable: false),
                Symbol = table.Column<string>(maxLength: Limits.Symbol, nullable: false),
                Kind = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Reference = table.Column<string>(maxLength: Limits.ShortText, nullable: false),
                Title = table.Column<string>(maxLength: Limits.Title, nullable: false),
                Session = table.Column<int>(nullable: false),
                Year = table.Column<int>(nullable: false),
                IsTimeBound = table.Column<bool>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: true),
                Units = table.Column<string>(maxLength: Limits.Text, nullable: false),
                Documents = table.Column<string>(maxLength: Limits.Text, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Resolutions", x => x.Id);
                table.ForeignKey("FK_Resolutions_Bodies_BodyId", x => x.BodyId, "Bodies", "Id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("IX_Resolutions_Symbol", "Resolutions", "Symbol", unique: true);
        migrationBuilder.CreateIndex("IX_Resolutions_BodyId_Reference", "Resolutions", ["BodyId", "Reference"], unique: true);
        migrationBuilder.CreateIndex("IX_Resolutions_Reference", "Resolutions", "Reference");

        migrationBuilder.CreateTable(
            name: "ResolutionParagraphs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Position = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: Limits.Text, nullable: true),
                ResolutionId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResolutionParagraphs", x => x.Id);
                table.ForeignKey("FK_ResolutionParagraphs_Resolutions_ResolutionId", x => x.ResolutionId, "Resolutions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ResolutionParagraphs_ResolutionId", "ResolutionParagraphs", "ResolutionId");

        migrationBuilder.CreateTable(
            name: "ResolutionUpdates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Period = table.Column<string>(maxLength: Limits.Name, nullable: false),
                AsOf = table.Column<DateOnly>(nullable: false),
                Status = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Challenges = table.Column<string>(maxLength: Limits.Text, nullable: true),
                LessonsLearned = table.Column<string>(maxLength: Limits.Text, nullable: true),
                RecordedBy = table.Column<string>(maxLength: Limits.Name, nullable: false),
                RecordedAt = table.Column<DateTime>(nullable: false),
                ResolutionId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResolutionUpdates", x => x.Id);
                table.ForeignKey("FK_ResolutionUpdates_Resolutions_ResolutionId", x => x.ResolutionId, "Resolutions", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ResolutionUpdates_ResolutionId", "ResolutionUpdates", "ResolutionId");

        migrationBuilder.CreateTable(
            name: "ResolutionUpdatePoints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Text = table.Column<string>(maxLength: Limits.Text, nullable: false),
                Paragraphs = table.Column<string>(maxLength: Limits.Title, nullable: false),
                UpdateId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResolutionUpdatePoints", x => x.Id);
                table.ForeignKey("FK_ResolutionUpdatePoints_ResolutionUpdates_UpdateId", x => x.UpdateId, "ResolutionUpdates", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ResolutionUpdatePoints_UpdateId", "ResolutionUpdatePoints", "UpdateId");

        migrationBuilder.CreateTable(
            name: "ResolutionParagraphStatuses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Paragraph = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Status = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                UpdateId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResolutionParagraphStatuses", x => x.Id);
                table.ForeignKey("FK_ResolutionParagraphStatuses_ResolutionUpdates_UpdateId", x => x.UpdateId, "ResolutionUpdates", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ResolutionParagraphStatuses_UpdateId", "ResolutionParagraphStatuses", "UpdateId");

        migrationBuilder.CreateTable(
            name: "ResolutionMilestones",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Label = table.Column<string>(maxLength: Limits.Name, nullable: false),
                Due = table.Column<string>(maxLength: PartialDateLength, nullable: false),
                Achieved = table.Column<bool>(nullable: false),
                UpdateId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResolutionMilestones", x => x.Id);
                table.ForeignKey("FK_ResolutionMilestones_ResolutionUpdates_UpdateId", x => x.UpdateId, "ResolutionUpdates", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ResolutionMilestones_UpdateId", "ResolutionMilestones", "UpdateId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("ResolutionMilestones");
        migrationBuilder.DropTable("ResolutionParagraphStatuses");
        migrationBuilder.DropTable("ResolutionUpdatePoints");
        migrationBuilder.DropTable("ResolutionUpdates");
        migrationBuilder.DropTable("ResolutionParagraphs");
        migrationBuilder.DropTable("Resolutions");
        foreach (var table in new[] { "Interventions", "SecretariatResponses" })
        {
            migrationBuilder.DropIndex($"IX_{table}_ResolutionReference", table);
            migrationBuilder.DropColumn("ResolutionReference", table);
        }
    }
}
