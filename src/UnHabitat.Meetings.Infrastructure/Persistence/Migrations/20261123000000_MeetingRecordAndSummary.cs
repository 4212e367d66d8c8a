using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>
/// The meeting record (attendance, paragraphs, interventions, responses), action points, the summary's
/// workflow with its published revisions, and the usual distribution of a body's documents.
/// </summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261123000000_MeetingRecordAndSummary")]
public sealed class MeetingRecordAndSummary : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Existing bodies become General, which is also the column's default in the model.
        migrationBuilder.AddColumn<string>("DocumentDistribution", "Bodies", maxLength: Limits.EnumText, nullable: false, defaultValue: "General");

        migrationBuilder.CreateTable(
            name: "MeetingRecords",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CalledToOrderAt = table.Column<DateTime>(nullable: true),
                AdjournedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingRecords", x => x.Id);
                table.ForeignKey("FK_MeetingRecords_Meetings_Id", x => x.Id, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Attendance",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MemberState = table.Column<string>(maxLength: Limits.MemberStateCode, nullable: false),
                Status = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Mode = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Delegates = table.Column<string>(maxLength: Limits.Text, nullable: false),
                MeetingRecordId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Attendance", x => x.Id);
                table.ForeignKey("FK_Attendance_MeetingRecords_MeetingRecordId", x => x.MeetingRecordId, "MeetingRecords", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RecordParagraphs",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Items = table.Column<string>(maxLength: Limits.Text, nullable: false),
                Version = table.Column<int>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                AgendaItemId = table.Column<Guid>(nullable: false),
                Round = table.Column<int>(nullable: false),
                Topic = table.Column<string>(maxLength: Limits.Name, nullable: true),
                Sequence = table.Column<long>(nullable: false),
                Text = table.Column<string>(maxLength: Limits.Text, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RecordParagraphs", x => x.Id);
                table.ForeignKey("FK_RecordParagraphs_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Interventions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                SpeakerKind = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                SpeakerMemberState = table.Column<string>(maxLength: Limits.MemberStateCode, nullable: true),
                SpeakerMemberStates = table.Column<string>(maxLength: Limits.Title, nullable: false),
                SpeakerOnBehalfOf = table.Column<string>(maxLength: Limits.Name, nullable: true),
                SpeakerName = table.Column<string>(maxLength: Limits.Name, nullable: true),
                IsQuestion = table.Column<bool>(nullable: false),
                Attribution = table.Column<string>(maxLength: Limits.EnumText, nullable: true),
                LeadIn = table.Column<string>(maxLength: Limits.Name, nullable: true),
                Version = table.Column<int>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                AgendaItemId = table.Column<Guid>(nullable: false),
                Round = table.Column<int>(nullable: false),
                Topic = table.Column<string>(maxLength: Limits.Name, nullable: true),
                Sequence = table.Column<long>(nullable: false),
                Text = table.Column<string>(maxLength: Limits.Text, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Interventions", x => x.Id);
                table.ForeignKey("FK_Interventions_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SecretariatResponses",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                AgendaItemId = table.Column<Guid>(nullable: false),
                Round = table.Column<int>(nullable: false),
                Topic = table.Column<string>(maxLength: Limits.Name, nullable: true),
                Sequence = table.Column<long>(nullable: false),
                Text = table.Column<string>(maxLength: Limits.Text, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SecretariatResponses", x => x.Id);
                table.ForeignKey("FK_SecretariatResponses_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ResponseLinks",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                InterventionId = table.Column<Guid>(nullable: false),
                ResponseId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ResponseLinks", x => x.Id);
                table.ForeignKey("FK_ResponseLinks_SecretariatResponses_ResponseId", x => x.ResponseId, "SecretariatResponses", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ActionPoints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                BodyId = table.Column<Guid>(nullable: false),
                Text = table.Column<string>(maxLength: Limits.Text, nullable: false),
                Owner = table.Column<string>(maxLength: Limits.Name, nullable: false),
                Due = table.Column<DateOnly>(nullable: true),
                Status = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ActionPoints", x => x.Id);
                table.ForeignKey("FK_ActionPoints_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "MeetingSummaries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                Revision = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MeetingSummaries", x => x.Id);
                table.ForeignKey("FK_MeetingSummaries_Meetings_Id", x => x.Id, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PublishedSummaryRevisions",
            columns: table => new
            {
                Revision = table.Column<int>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                PublishedAt = table.Column<DateTime>(nullable: false),
                PublishedBy = table.Column<string>(maxLength: Limits.Name, nullable: false),
                Content = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PublishedSummaryRevisions", x => new { x.MeetingId, x.Revision });
                table.ForeignKey("FK_PublishedSummaryRevisions_MeetingSummaries_MeetingId", x => x.MeetingId, "MeetingSummaries", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_ActionPoints_BodyId_Status", "ActionPoints", ["BodyId", "Status"]);
        migrationBuilder.CreateIndex("IX_ActionPoints_MeetingId", "ActionPoints", "MeetingId");
        migrationBuilder.CreateIndex("IX_Attendance_MeetingRecordId", "Attendance", "MeetingRecordId");
        migrationBuilder.CreateIndex("IX_Interventions_MeetingId_Sequence", "Interventions", ["MeetingId", "Sequence"]);
        migrationBuilder.CreateIndex("IX_Interventions_SpeakerMemberState", "Interventions", "SpeakerMemberState");
        migrationBuilder.CreateIndex("IX_RecordParagraphs_MeetingId_Sequence", "RecordParagraphs", ["MeetingId", "Sequence"]);
        migrationBuilder.CreateIndex("IX_ResponseLinks_InterventionId", "ResponseLinks", "InterventionId");
        migrationBuilder.CreateIndex("IX_ResponseLinks_ResponseId", "ResponseLinks", "ResponseId");
        migrationBuilder.CreateIndex("IX_SecretariatResponses_MeetingId_Sequence", "SecretariatResponses", ["MeetingId", "Sequence"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "Attendance", "MeetingRecords", "ResponseLinks", "SecretariatResponses", "Interventions", "RecordParagraphs", "ActionPoints", "PublishedSummaryRevisions", "MeetingSummaries" })
        {
            migrationBuilder.DropTable(table);
        }

        migrationBuilder.DropColumn("DocumentDistribution", "Bodies");
    }
}
