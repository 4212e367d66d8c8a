CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "MemberState" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AuditEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY,
    "At" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NOT NULL,
    "Request" TEXT NOT NULL,
    "Entities" TEXT NOT NULL
);

CREATE TABLE "Bodies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Bodies" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "ShortName" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ParentBodyId" TEXT NULL,
    "SymbolPrefix" TEXT NOT NULL,
    "SummaryStyle" TEXT NOT NULL,
    "Attribution" TEXT NOT NULL,
    "DocumentDeadlineDays" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Bodies_Bodies_ParentBodyId" FOREIGN KEY ("ParentBodyId") REFERENCES "Bodies" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DataProtectionKeys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BodyChairs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BodyChairs" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "BodyId" TEXT NOT NULL,
    CONSTRAINT "FK_BodyChairs_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BodyMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BodyMembers" PRIMARY KEY,
    "MemberState" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    "BodyId" TEXT NOT NULL,
    CONSTRAINT "FK_BodyMembers_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");

CREATE INDEX "IX_Bodies_ParentBodyId" ON "Bodies" ("ParentBodyId");

CREATE UNIQUE INDEX "IX_Bodies_ShortName" ON "Bodies" ("ShortName");

CREATE UNIQUE INDEX "IX_BodyChairs_BodyId_UserId" ON "BodyChairs" ("BodyId", "UserId");

CREATE UNIQUE INDEX "IX_BodyMembers_BodyId_MemberState_From" ON "BodyMembers" ("BodyId", "MemberState", "From");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121000000_Initial', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Link" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ReadAt" TEXT NULL
);

CREATE TABLE "Sessions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Sessions" PRIMARY KEY,
    "BodyId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Year" INTEGER NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NOT NULL,
    "Venue" TEXT NOT NULL,
    "ProvisionalAgendaSymbol" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Sessions_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Meetings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Meetings" PRIMARY KEY,
    "BodyId" TEXT NOT NULL,
    "SessionId" TEXT NULL,
    "Number" INTEGER NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NOT NULL,
    "TimeZoneId" TEXT NOT NULL,
    "Venue" TEXT NOT NULL,
    "Modality" TEXT NOT NULL,
    "ChairHonorific" TEXT NULL,
    "ChairName" TEXT NOT NULL,
    "ChairFunction" TEXT NULL,
    "Status" TEXT NOT NULL,
    "StatusReason" TEXT NULL,
    "AgendaStatus" TEXT NOT NULL,
    "AgendaAmendments" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Meetings_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Meetings_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AgendaItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AgendaItems" PRIMARY KEY,
    "ParentId" TEXT NULL,
    "Position" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "MeetingId" TEXT NOT NULL,
    CONSTRAINT "FK_AgendaItems_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AgendaTransitions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AgendaTransitions" PRIMARY KEY,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "ByUserId" TEXT NOT NULL,
    "ByName" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "MeetingId" TEXT NOT NULL,
    CONSTRAINT "FK_AgendaTransitions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AgendaItems_MeetingId" ON "AgendaItems" ("MeetingId");

CREATE INDEX "IX_AgendaTransitions_MeetingId" ON "AgendaTransitions" ("MeetingId");

CREATE UNIQUE INDEX "IX_Meetings_BodyId_Number" ON "Meetings" ("BodyId", "Number");

CREATE INDEX "IX_Meetings_SessionId" ON "Meetings" ("SessionId");

CREATE INDEX "IX_Meetings_StartsAt" ON "Meetings" ("StartsAt");

CREATE INDEX "IX_Notifications_UserId_CreatedAt" ON "Notifications" ("UserId", "CreatedAt");

CREATE UNIQUE INDEX "IX_Sessions_BodyId_Year_Number" ON "Sessions" ("BodyId", "Year", "Number");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122000000_MeetingsAndAgendas', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Bodies" ADD "DocumentDistribution" TEXT NOT NULL DEFAULT 'General';

CREATE TABLE "MeetingRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeetingRecords" PRIMARY KEY,
    "CalledToOrderAt" TEXT NULL,
    "AdjournedAt" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_MeetingRecords_Meetings_Id" FOREIGN KEY ("Id") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Attendance" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Attendance" PRIMARY KEY,
    "MemberState" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Mode" TEXT NOT NULL,
    "Delegates" TEXT NOT NULL,
    "MeetingRecordId" TEXT NOT NULL,
    CONSTRAINT "FK_Attendance_MeetingRecords_MeetingRecordId" FOREIGN KEY ("MeetingRecordId") REFERENCES "MeetingRecords" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RecordParagraphs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RecordParagraphs" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Items" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "MeetingId" TEXT NOT NULL,
    "AgendaItemId" TEXT NOT NULL,
    "Round" INTEGER NOT NULL,
    "Topic" TEXT NULL,
    "Sequence" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_RecordParagraphs_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Interventions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Interventions" PRIMARY KEY,
    "SpeakerKind" TEXT NOT NULL,
    "SpeakerMemberState" TEXT NULL,
    "SpeakerMemberStates" TEXT NOT NULL,
    "SpeakerOnBehalfOf" TEXT NULL,
    "SpeakerName" TEXT NULL,
    "IsQuestion" INTEGER NOT NULL,
    "Attribution" TEXT NULL,
    "LeadIn" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "MeetingId" TEXT NOT NULL,
    "AgendaItemId" TEXT NOT NULL,
    "Round" INTEGER NOT NULL,
    "Topic" TEXT NULL,
    "Sequence" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_Interventions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SecretariatResponses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SecretariatResponses" PRIMARY KEY,
    "Version" INTEGER NOT NULL,
    "MeetingId" TEXT NOT NULL,
    "AgendaItemId" TEXT NOT NULL,
    "Round" INTEGER NOT NULL,
    "Topic" TEXT NULL,
    "Sequence" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_SecretariatResponses_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ResponseLinks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResponseLinks" PRIMARY KEY,
    "InterventionId" TEXT NOT NULL,
    "ResponseId" TEXT NOT NULL,
    CONSTRAINT "FK_ResponseLinks_SecretariatResponses_ResponseId" FOREIGN KEY ("ResponseId") REFERENCES "SecretariatResponses" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ActionPoints" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ActionPoints" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "BodyId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Owner" TEXT NOT NULL,
    "Due" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ActionPoints_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "MeetingSummaries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeetingSummaries" PRIMARY KEY,
    "Status" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_MeetingSummaries_Meetings_Id" FOREIGN KEY ("Id") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PublishedSummaryRevisions" (
    "Revision" INTEGER NOT NULL,
    "MeetingId" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "PublishedBy" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    CONSTRAINT "PK_PublishedSummaryRevisions" PRIMARY KEY ("MeetingId", "Revision"),
    CONSTRAINT "FK_PublishedSummaryRevisions_MeetingSummaries_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "MeetingSummaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ActionPoints_BodyId_Status" ON "ActionPoints" ("BodyId", "Status");

CREATE INDEX "IX_ActionPoints_MeetingId" ON "ActionPoints" ("MeetingId");

CREATE INDEX "IX_Attendance_MeetingRecordId" ON "Attendance" ("MeetingRecordId");

CREATE INDEX "IX_Interventions_MeetingId_Sequence" ON "Interventions" ("MeetingId", "Sequence");

CREATE INDEX "IX_Interventions_SpeakerMemberState" ON "Interventions" ("SpeakerMemberState");

CREATE INDEX "IX_RecordParagraphs_MeetingId_Sequence" ON "RecordParagraphs" ("MeetingId", "Sequence");

CREATE INDEX "IX_ResponseLinks_InterventionId" ON "ResponseLinks" ("InterventionId");

CREATE INDEX "IX_ResponseLinks_ResponseId" ON "ResponseLinks" ("ResponseId");

CREATE INDEX "IX_SecretariatResponses_MeetingId_Sequence" ON "SecretariatResponses" ("MeetingId", "Sequence");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261123000000_MeetingRecordAndSummary', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Attendance" ADD "Position" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124000000_AttendanceOrder', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "MeetingRecords" ADD "Observers" TEXT NOT NULL DEFAULT '';

ALTER TABLE "MeetingRecords" ADD "SecretariatPresent" TEXT NOT NULL DEFAULT '';

CREATE TABLE "Documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Documents" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "BodyId" TEXT NOT NULL,
    "Symbol" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "AgendaItemId" TEXT NULL,
    "Distribution" TEXT NOT NULL,
    "OriginalLanguage" TEXT NOT NULL,
    "Required" INTEGER NOT NULL,
    "DueAt" TEXT NULL,
    "PublishedAt" TEXT NULL,
    "SupersededBy" TEXT NULL,
    "Revises" TEXT NULL,
    "LateJustification" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Documents_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "DocumentLanguages" (
    "Language" TEXT NOT NULL,
    "DocumentId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "PK_DocumentLanguages" PRIMARY KEY ("DocumentId", "Language"),
    CONSTRAINT "FK_DocumentLanguages_Documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Documents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DocumentFiles" (
    "Language" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "DocumentId" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    CONSTRAINT "PK_DocumentFiles" PRIMARY KEY ("DocumentId", "Language", "Version"),
    CONSTRAINT "FK_DocumentFiles_Documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "Documents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Downloads" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Downloads" PRIMARY KEY,
    "UserId" TEXT NULL,
    "MemberState" TEXT NULL,
    "DocumentId" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "InBriefcase" INTEGER NOT NULL,
    "At" TEXT NOT NULL
);

CREATE TABLE "MeetingVisits" (
    "UserId" TEXT NOT NULL,
    "MeetingId" TEXT NOT NULL,
    "LastVisitAt" TEXT NOT NULL,
    CONSTRAINT "PK_MeetingVisits" PRIMARY KEY ("UserId", "MeetingId")
);

CREATE TABLE "EmailOutbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EmailOutbox" PRIMARY KEY,
    "To" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "SentAt" TEXT NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "Subscriptions" (
    "UserId" TEXT NOT NULL,
    "BodyId" TEXT NOT NULL,
    "Languages" TEXT NOT NULL,
    CONSTRAINT "PK_Subscriptions" PRIMARY KEY ("UserId", "BodyId")
);

CREATE TABLE "CalendarFeeds" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CalendarFeeds" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL
);

CREATE UNIQUE INDEX "IX_CalendarFeeds_TokenHash" ON "CalendarFeeds" ("TokenHash");

CREATE INDEX "IX_Documents_MeetingId_DueAt" ON "Documents" ("MeetingId", "DueAt");

CREATE UNIQUE INDEX "IX_Documents_Symbol" ON "Documents" ("Symbol");

CREATE INDEX "IX_Downloads_DocumentId_At" ON "Downloads" ("DocumentId", "At");

CREATE INDEX "IX_EmailOutbox_SentAt_NextAttemptAt" ON "EmailOutbox" ("SentAt", "NextAttemptAt");

CREATE INDEX "IX_Subscriptions_BodyId" ON "Subscriptions" ("BodyId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125000000_DocumentsAndDeadlines', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Interventions" ADD "ResolutionReference" TEXT NULL;

CREATE INDEX "IX_Interventions_ResolutionReference" ON "Interventions" ("ResolutionReference");

ALTER TABLE "SecretariatResponses" ADD "ResolutionReference" TEXT NULL;

CREATE INDEX "IX_SecretariatResponses_ResolutionReference" ON "SecretariatResponses" ("ResolutionReference");

CREATE TABLE "Resolutions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Resolutions" PRIMARY KEY,
    "BodyId" TEXT NOT NULL,
    "Symbol" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Reference" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Session" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "IsTimeBound" INTEGER NOT NULL,
    "EndsOn" TEXT NULL,
    "Units" TEXT NOT NULL,
    "Documents" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Resolutions_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Resolutions_Symbol" ON "Resolutions" ("Symbol");

CREATE UNIQUE INDEX "IX_Resolutions_BodyId_Reference" ON "Resolutions" ("BodyId", "Reference");

CREATE INDEX "IX_Resolutions_Reference" ON "Resolutions" ("Reference");

CREATE TABLE "ResolutionParagraphs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResolutionParagraphs" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NULL,
    "ResolutionId" TEXT NOT NULL,
    CONSTRAINT "FK_ResolutionParagraphs_Resolutions_ResolutionId" FOREIGN KEY ("ResolutionId") REFERENCES "Resolutions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ResolutionParagraphs_ResolutionId" ON "ResolutionParagraphs" ("ResolutionId");

CREATE TABLE "ResolutionUpdates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResolutionUpdates" PRIMARY KEY,
    "Period" TEXT NOT NULL,
    "AsOf" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Challenges" TEXT NULL,
    "LessonsLearned" TEXT NULL,
    "RecordedBy" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    "ResolutionId" TEXT NOT NULL,
    CONSTRAINT "FK_ResolutionUpdates_Resolutions_ResolutionId" FOREIGN KEY ("ResolutionId") REFERENCES "Resolutions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ResolutionUpdates_ResolutionId" ON "ResolutionUpdates" ("ResolutionId");

CREATE TABLE "ResolutionUpdatePoints" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResolutionUpdatePoints" PRIMARY KEY,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Paragraphs" TEXT NOT NULL,
    "UpdateId" TEXT NOT NULL,
    CONSTRAINT "FK_ResolutionUpdatePoints_ResolutionUpdates_UpdateId" FOREIGN KEY ("UpdateId") REFERENCES "ResolutionUpdates" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ResolutionUpdatePoints_UpdateId" ON "ResolutionUpdatePoints" ("UpdateId");

CREATE TABLE "ResolutionParagraphStatuses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResolutionParagraphStatuses" PRIMARY KEY,
    "Paragraph" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "UpdateId" TEXT NOT NULL,
    CONSTRAINT "FK_ResolutionParagraphStatuses_ResolutionUpdates_UpdateId" FOREIGN KEY ("UpdateId") REFERENCES "ResolutionUpdates" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ResolutionParagraphStatuses_UpdateId" ON "ResolutionParagraphStatuses" ("UpdateId");

CREATE TABLE "ResolutionMilestones" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResolutionMilestones" PRIMARY KEY,
    "Position" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "Due" TEXT NOT NULL,
    "Achieved" INTEGER NOT NULL,
    "UpdateId" TEXT NOT NULL,
    CONSTRAINT "FK_ResolutionMilestones_ResolutionUpdates_UpdateId" FOREIGN KEY ("UpdateId") REFERENCES "ResolutionUpdates" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ResolutionMilestones_UpdateId" ON "ResolutionMilestones" ("UpdateId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261126000000_Resolutions', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "AgendaTransitions" ADD "Snapshot" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127000000_AgendaSnapshots', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Meetings" ADD "EnteredAfterTheFact" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "ActionPoints" ADD "ClosingNote" TEXT NULL;

ALTER TABLE "ActionPoints" ADD "ClosedAt" TEXT NULL;

ALTER TABLE "ActionPoints" ADD "ClosedInMeetingId" TEXT NULL;

CREATE TABLE "SummaryTransitions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SummaryTransitions" PRIMARY KEY,
    "Revision" INTEGER NOT NULL,
    "Step" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "ByUserId" TEXT NOT NULL,
    "ByName" TEXT NOT NULL,
    "ByChair" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "Snapshot" TEXT NULL,
    "MeetingId" TEXT NOT NULL,
    CONSTRAINT "FK_SummaryTransitions_MeetingSummaries_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "MeetingSummaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_SummaryTransitions_MeetingId" ON "SummaryTransitions" ("MeetingId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205050000_RecordCorrectionsAndSummaryHistory', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Decisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Decisions" PRIMARY KEY,
    "BodyId" TEXT NOT NULL,
    "MeetingId" TEXT NOT NULL,
    "AgendaItemId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "Series" INTEGER NOT NULL,
    "Ordinal" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "AdoptedOn" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Text" TEXT NULL,
    "DocumentSymbol" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Decisions_Bodies_BodyId" FOREIGN KEY ("BodyId") REFERENCES "Bodies" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Decisions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Decisions_BodyId_Series_Ordinal" ON "Decisions" ("BodyId", "Series", "Ordinal");

CREATE INDEX "IX_Decisions_BodyId_Year" ON "Decisions" ("BodyId", "Year");

CREATE INDEX "IX_Decisions_MeetingId" ON "Decisions" ("MeetingId");

ALTER TABLE "Interventions" ADD "SpeakerFunction" TEXT NULL;

ALTER TABLE "Bodies" ADD "SecretariatName" TEXT NULL;

CREATE TABLE "DailyJournals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DailyJournals" PRIMARY KEY,
    "SessionId" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_DailyJournals_Sessions_SessionId" FOREIGN KEY ("SessionId") REFERENCES "Sessions" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_DailyJournals_SessionId_Date" ON "DailyJournals" ("SessionId", "Date");

CREATE TABLE "PublishedJournalRevisions" (
    "Revision" INTEGER NOT NULL,
    "JournalId" TEXT NOT NULL,
    "PublishedAt" TEXT NOT NULL,
    "PublishedBy" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    CONSTRAINT "PK_PublishedJournalRevisions" PRIMARY KEY ("JournalId", "Revision"),
    CONSTRAINT "FK_PublishedJournalRevisions_DailyJournals_JournalId" FOREIGN KEY ("JournalId") REFERENCES "DailyJournals" ("Id") ON DELETE CASCADE
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205070000_Decisions', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "AspNetUsers" ADD "DeactivatedAt" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205100000_UserDeactivation', '10.0.15');

COMMIT;

