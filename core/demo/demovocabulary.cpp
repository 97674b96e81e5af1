#include "demovocabulary.h"

namespace osc::demo {

namespace {

const DomainWords domainTable[] = {
    {"Customer", "Customer", {"Customer", "Address", "Contact", "Segment"}},
    {"Billing", "Billing", {"Invoice", "BillingAccount", "Charge", "CreditNote"}},
    {"Orders", "Orders", {"Order", "OrderLine", "Cart", "Fulfillment"}},
    {"HR", "HR", {"Employee", "Department", "Position", "LeaveRequest"}},
    {"Inventory", "Inventory", {"StockItem", "StockMovement", "Location", "Reservation"}},
    {"Claims", "Claims", {"Claim", "ClaimItem", "Assessment", "Settlement"}},
    {"Payments", "Payments", {"Payment", "Refund", "PaymentMethod", "Transaction"}},
    {"Logistics", "Logistics", {"Shipment", "Route", "Carrier", "Delivery"}},
    {"CRM", "CRM", {"Lead", "Opportunity", "Campaign", "Interaction"}},
    {"Procurement", "Procurement", {"PurchaseOrder", "Supplier", "Quote", "Requisition"}},
    {"Accounting", "Accounting", {"Ledger", "JournalEntry", "CostCenter", "FiscalPeriod"}},
    {"Payroll", "Payroll", {"Payslip", "Salary", "Deduction", "PayPeriod"}},
    {"Warehouse", "Warehouse", {"Bin", "Pallet", "PickList", "Dock"}},
    {"Sales", "Sales", {"SalesOrder", "Territory", "Commission", "Forecast"}},
    {"Support", "Support", {"Ticket", "Incident", "SlaPolicy", "KnowledgeArticle"}},
    {"Contracts", "Contracts", {"Contract", "Clause", "Renewal", "Signatory"}},
    {"Policies", "Policies", {"Policy", "Coverage", "Endorsement", "Premium"}},
    {"Underwriting", "Underwriting", {"Submission", "RiskScore", "Referral", "Decision"}},
    {"Pricing", "Pricing", {"PriceList", "PriceRule", "Discount", "Promotion"}},
    {"Catalog", "Catalog", {"Product", "Category", "Variant", "Bundle"}},
    {"Subscriptions", "Subscriptions", {"Subscription", "Plan", "UsageRecord", "BillingCycle"}},
    {"Treasury", "Treasury", {"BankAccount", "CashPosition", "Transfer", "FxRate"}},
    {"Compliance", "Compliance", {"Control", "Finding", "Regulation", "Evidence"}},
    {"Audit", "Audit", {"AuditPlan", "AuditTrail", "Observation", "Remediation"}},
    {"Risk", "Risk", {"RiskItem", "Mitigation", "Exposure", "Scenario"}},
    {"Fleet", "Fleet", {"Vehicle", "Driver", "FuelLog", "Trip"}},
    {"Maintenance", "Maintenance", {"WorkOrder", "Equipment", "Inspection", "SparePart"}},
    {"Recruiting", "Recruiting", {"Candidate", "JobOpening", "Interview", "Offer"}},
    {"Training", "Training", {"Course", "Enrollment", "Certification", "Trainer"}},
    {"Scheduling", "Scheduling", {"Appointment", "Shift", "Resource", "Slot"}},
    {"Booking", "Booking", {"Booking", "Room", "Guest", "Availability"}},
    {"Loyalty", "Loyalty", {"Member", "PointsLedger", "Reward", "Tier"}},
    {"Partners", "Partners", {"Partner", "Agreement", "PartnerContact", "Deal"}},
    {"Returns", "Returns", {"ReturnRequest", "ReturnItem", "Inspection", "Replacement"}},
    {"Quality", "Quality", {"QualityCheck", "Defect", "Batch", "CorrectiveAction"}},
    {"Projects", "Projects", {"Project", "Milestone", "WorkItem", "Timesheet"}},
    {"Expenses", "Expenses", {"ExpenseReport", "Receipt", "Reimbursement", "SpendLimit"}},
    {"Documents", "Documents", {"Document", "Folder", "DocumentVersion", "Approval"}},
    {"Marketing", "Marketing", {"Campaign", "Audience", "Channel", "Newsletter"}},
    {"Lending", "Lending", {"Loan", "Repayment", "Collateral", "CreditCheck"}},
    {"Onboarding", "Onboarding", {"OnboardingCase", "Checklist", "KycCheck", "IdentityDocument"}},
    {"Facilities", "Facilities", {"Building", "Floor", "Desk", "Visit"}},
    {"Analytics", "Analytics", {"Metric", "KpiTarget", "DataSet", "Snapshot"}},
    {"Tax", "Tax", {"TaxRate", "TaxReturn", "Jurisdiction", "Exemption"}},
    {"Assets", "Assets", {"FixedAsset", "Depreciation", "AssetTransfer", "Disposal"}},
    {"Quotes", "Quotes", {"Quotation", "QuoteLine", "Approval", "Proposal"}},
};

const char *const qualifierTable[] = {
    "Retail", "Corporate", "Partner", "Wholesale",  "Online",   "Field",         "Enterprise",
    "SMB",    "Public",    "Premium", "Digital",    "Express",  "Group",         "Internal",
    "Direct", "Agency",    "Private", "Commercial", "Consumer", "Institutional",
};

const char *const regionTable[] = {
    "EU", "US", "UK", "APAC", "LATAM", "MEA", "Nordics", "DACH", "Iberia", "ANZ", "Canada", "Japan",
};

const char *const serviceAreaTable[] = {
    "Rules",   "Workflow", "Documents", "Notifications",  "Reporting", "Search",
    "History", "Approval", "Calendar",  "Statements",     "Exports",   "Validation",
    "Scoring", "Matching", "Archive",   "Reconciliation",
};

const FoundationLibrary foundationTable[] = {
    {"Common_Lib",
     "Shared helpers used everywhere: strings, lists, configuration and identifiers.",
     {"TextValue", "List", "Configuration", "Identifier"}},
    {"Theme_Lib",
     "Corporate look and feel: layouts, menus, colours and UI patterns.",
     {"Layout", "Menu", "Palette", "Breadcrumb"}},
    {"Date_Lib",
     "Dates, working days, holidays and time zones.",
     {"WorkingDay", "Holiday", "TimeZone", "DateRange"}},
    {"Auth_Lib",
     "Authentication, roles and permissions for every application.",
     {"Token", "Role", "Permission", "UserSession"}},
    {"Logging_Lib",
     "Structured logging and request tracing.",
     {"LogEntry", "Trace", "Span", "Counter"}},
    {"Validation_Lib",
     "Input validation: e-mail addresses, phone numbers, tax ids and IBANs.",
     {"EmailAddress", "PhoneNumber", "TaxId", "Iban"}},
    {"Email_Lib",
     "E-mail templates and sending.",
     {"EmailTemplate", "Recipient", "Mailbox", "Bounce"}},
    {"Pdf_Lib",
     "PDF generation from templates.",
     {"PdfDocument", "PageLayout", "Watermark", "Font"}},
    {"Spreadsheet_Lib",
     "Spreadsheet export helpers.",
     {"Sheet", "Cell", "Workbook", "ColumnFormat"}},
    {"Charts_Lib", "Charts and sparklines for dashboards.", {"Chart", "Series", "Axis", "Legend"}},
    {"Maps_Lib", "Maps, markers and geocoding.", {"Marker", "Coordinates", "Area", "Geocode"}},
    {"Files_Lib",
     "File storage, uploads and downloads.",
     {"StoredFile", "Upload", "Download", "Quota"}},
    {"Json_Lib",
     "JSON mapping helpers for integrations.",
     {"JsonMapping", "JsonPath", "Payload", "Envelope"}},
    {"Cache_Lib",
     "Application-level caching.",
     {"CacheEntry", "CacheRegion", "Expiry", "Eviction"}},
    {"Audit_Lib",
     "Audit trail of user changes.",
     {"AuditRecord", "ChangeSet", "Actor", "Retention"}},
    {"Notification_Lib",
     "In-app and push notifications.",
     {"Notice", "Subscriber", "Topic", "Delivery"}},
    {"I18n_Lib",
     "Translations and locale formats.",
     {"Locale", "Translation", "Resource", "Plural"}},
    {"Currency_Lib",
     "Currencies, exchange rates and rounding.",
     {"Money", "ExchangeRate", "Rounding", "CurrencyCode"}},
    {"Search_Lib", "Full-text search and filters.", {"SearchQuery", "SearchHit", "Facet", "Index"}},
    {"Workflow_Lib",
     "Human workflow: tasks, assignments and escalations.",
     {"HumanTask", "Assignment", "Escalation", "Outcome"}},
    {"Scheduler_Lib", "Timers and recurring jobs.", {"Job", "Recurrence", "Run", "Window"}},
    {"Barcode_Lib", "Barcodes and QR codes.", {"Barcode", "QrCode", "Symbology", "Scan"}},
    {"Signature_Lib",
     "Electronic signatures.",
     {"SignatureRequest", "Signer", "Seal", "Certificate"}},
    {"Rules_Lib", "Business rules engine.", {"RuleSet", "Condition", "Outcome", "Fact"}},
    {"Address_Lib",
     "Postal addresses and their validation.",
     {"PostalAddress", "Country", "PostCode", "Street"}},
    {"Sms_Lib",
     "Text messages and one-time codes.",
     {"SmsMessage", "OneTimeCode", "Sender", "Receipt"}},
    {"FeatureFlags_Lib",
     "Feature flags and gradual rollouts.",
     {"Flag", "Rollout", "Audience", "Variant"}},
    {"Reporting_Lib",
     "Report layouts and scheduled reports.",
     {"ReportLayout", "ReportRun", "Parameter", "Output"}},
};

const ExternalSystem modernTable[] = {
    {"SAP", "SAP"},
    {"Salesforce", "Salesforce"},
    {"Payments_Gateway", "the payments gateway"},
    {"Workday", "Workday"},
    {"ServiceNow", "ServiceNow"},
    {"Stripe", "Stripe"},
    {"Twilio", "Twilio"},
    {"DocuSign", "DocuSign"},
    {"SharePoint", "SharePoint"},
    {"Dynamics", "Microsoft Dynamics"},
    {"Oracle_EBS", "Oracle E-Business Suite"},
    {"Zendesk", "Zendesk"},
    {"Jira", "Jira"},
    {"Slack", "Slack"},
    {"Google_Maps", "Google Maps"},
    {"PayPal", "PayPal"},
    {"FedEx", "FedEx"},
    {"UPS", "UPS"},
    {"DHL", "DHL"},
    {"Experian", "Experian"},
    {"Mailchimp", "Mailchimp"},
    {"HubSpot", "HubSpot"},
    {"NetSuite", "NetSuite"},
    {"Okta", "Okta"},
    {"Azure_AD", "Azure Active Directory"},
    {"Snowflake", "Snowflake"},
    {"Kafka", "the Kafka event bus"},
    {"SFTP", "the partners' SFTP drop"},
    {"Adyen", "Adyen"},
    {"Coupa", "Coupa"},
};

const ExternalSystem legacyTable[] = {
    {"Mainframe", "the mainframe (SOAP gateway)"},
    {"AS400", "the AS/400 (SOAP services)"},
    {"Siebel", "Siebel CRM (SOAP)"},
    {"Legacy_ERP", "the legacy ERP (SOAP)"},
    {"Soap_Broker", "the SOAP message broker"},
    {"Lotus_Notes", "Lotus Notes (SOAP)"},
};

const char *const integrationObjectTable[] = {
    "Record", "Account", "Message", "Event", "Document", "StatusUpdate", "Webhook", "Mapping",
};

const UserInterfaceKind userInterfaceTable[] = {
    {"Backoffice", "%1 back-office for the operations team."},
    {"Portal", "%1 self-service portal for customers."},
    {"Mobile", "%1 mobile app for field users."},
    {"Dashboard", "%1 dashboards and KPIs for managers."},
    {"Admin", "%1 administration screens: reference data and configuration."},
    {"Kiosk", "%1 in-store kiosk."},
};

const char *const genericNounTable[] = {
    "Note",       "Attachment", "Category", "StatusCode", "Comment", "History",
    "Task",       "Rule",       "Template", "Region",     "Period",  "Alert",
    "Preference", "Tag",        "Queue",    "Feedback",
};

const char *const entityVariantTable[] = {
    "Type", "History", "Line", "Status", "Link", "Snapshot", "Log", "Group", "Assignment", "Rating",
};

const char *const structureSuffixTable[] = {
    "Info", "Summary", "Filter", "Request", "Response", "Details", "Record", "Totals",
};

const char *const serviceVerbTable[] = {
    "Get",         "List",    "Create", "Update",  "Delete", "Search", "Validate",
    "Calculate",   "Approve", "Reject", "Archive", "Submit", "Cancel", "Sync",
    "Recalculate", "Assign",  "Close",  "Reopen",  "Export", "Notify",
};

const char *const libraryVerbTable[] = {
    "Format", "Parse",   "Validate", "Convert",   "Build",  "Get",
    "Check",  "Compute", "Encode",   "Normalize", "Render", "Resolve",
};

const char *const integrationVerbTable[] = {
    "Fetch", "Push", "Sync", "Map", "Call", "Post", "Get", "Upsert", "Lookup", "Subscribe",
};

const char *const screenVerbTable[] = {
    "OnLoad",   "OnSave",    "OnSearch", "OnSubmit",   "OnOpen",   "OnFilter",
    "OnExport", "OnRefresh", "OnSelect", "OnValidate", "OnDelete", "OnPrint",
};

const Word attributeTable[] = {
    {"Name", "Text"},
    {"Code", "Text"},
    {"Description", "Text"},
    {"Status", "Text"},
    {"IsActive", "Boolean"},
    {"CreatedOn", "DateTime"},
    {"UpdatedOn", "DateTime"},
    {"CreatedBy", "Integer"},
    {"Amount", "Currency"},
    {"Total", "Currency"},
    {"Price", "Decimal"},
    {"Quantity", "Integer"},
    {"Rate", "Decimal"},
    {"StartDate", "Date"},
    {"EndDate", "Date"},
    {"DueDate", "Date"},
    {"StartTime", "Time"},
    {"Email", "Email"},
    {"Phone", "Text"},
    {"Notes", "Text"},
    {"Photo", "Binary"},
    {"ExternalRef", "Text"},
    {"Priority", "Integer"},
    {"Score", "Decimal"},
    {"Version", "Integer"},
    {"Country", "Text"},
    {"City", "Text"},
    {"PostalCode", "Text"},
    {"Weight", "Decimal"},
    {"Balance", "Currency"},
    {"RecordCount", "LongInteger"},
    {"IsDeleted", "Boolean"},
    {"Url", "Text"},
    {"Token", "Text"},
    {"Payload", "Binary"},
    {"OwnerId", "Integer"},
};

const SettingTemplate librarySettingTable[] = {
    {"LogLevel", "Text", "Info"},
    {"EnableCache", "Boolean", "true"},
    {"DefaultCurrency", "Text", "EUR"},
    {"DecimalPlaces", "Integer", "2"},
};

const SettingTemplate integrationSettingTable[] = {
    {"ServiceUrl", "Text", "https://%1.example.com/api"},
    {"TimeoutSeconds", "Integer", "30"},
    {"MaxRetries", "Integer", "3"},
    {"EnableCache", "Boolean", "false"},
};

const SettingTemplate serviceSettingTable[] = {
    {"EnableCache", "Boolean", "true"},  {"CacheMinutes", "Integer", "15"},
    {"PageSize", "Integer", "50"},       {"NotificationEmail", "Text", "%1@example.com"},
    {"TimeoutSeconds", "Integer", "60"}, {"ApprovalThreshold", "Decimal", "1000.00"},
};

const SettingTemplate userInterfaceSettingTable[] = {
    {"Theme", "Text", "Default"},
    {"PageSize", "Integer", "20"},
    {"SupportEmail", "Text", "helpdesk@example.com"},
    {"EnableAnalytics", "Boolean", "false"},
    {"SessionTimeoutMinutes", "Integer", "30"},
};

const Word currentApiTable[] = {
    {"Http.Get", "(Url: Text) -> (Body: Text)"},
    {"Http.Post", "(Url: Text, Body: Text) -> (Status: Integer)"},
    {"Text.Format", "(Pattern: Text, Value: Text) -> (Result: Text)"},
    {"Date.Now", "() -> (Now: DateTime)"},
    {"Email.Send", "(To: Text, Subject: Text, Body: Text) -> ()"},
    {"Log.Write", "(Message: Text) -> ()"},
    {"Json.Serialize", "(Value: Text) -> (Json: Text)"},
    {"Crypto.Hash", "(Value: Text) -> (Hash: Text)"},
    {"Files.Read", "(Path: Text) -> (Content: Binary)"},
    {"Session.GetUser", "() -> (UserId: Integer)"},
    {"Timer.Wake", "(Timer: Text) -> ()"},
    {"Process.Start", "(Process: Text, Input: Text) -> (ProcessId: Integer)"},
};

} // namespace

std::span<const DomainWords> domains()
{
    return domainTable;
}
std::span<const char *const> qualifiers()
{
    return qualifierTable;
}
std::span<const char *const> regions()
{
    return regionTable;
}
std::span<const char *const> serviceAreas()
{
    return serviceAreaTable;
}
std::span<const FoundationLibrary> foundationLibraries()
{
    return foundationTable;
}
std::span<const ExternalSystem> modernSystems()
{
    return modernTable;
}
std::span<const ExternalSystem> legacySystems()
{
    return legacyTable;
}
std::span<const char *const> integrationObjects()
{
    return integrationObjectTable;
}
std::span<const UserInterfaceKind> userInterfaceKinds()
{
    return userInterfaceTable;
}
std::span<const char *const> genericNouns()
{
    return genericNounTable;
}
std::span<const char *const> entityVariants()
{
    return entityVariantTable;
}
std::span<const char *const> structureSuffixes()
{
    return structureSuffixTable;
}
std::span<const char *const> serviceVerbs()
{
    return serviceVerbTable;
}
std::span<const char *const> libraryVerbs()
{
    return libraryVerbTable;
}
std::span<const char *const> integrationVerbs()
{
    return integrationVerbTable;
}
std::span<const char *const> screenVerbs()
{
    return screenVerbTable;
}
std::span<const Word> attributes()
{
    return attributeTable;
}
std::span<const SettingTemplate> librarySettings()
{
    return librarySettingTable;
}
std::span<const SettingTemplate> integrationSettings()
{
    return integrationSettingTable;
}
std::span<const SettingTemplate> serviceSettings()
{
    return serviceSettingTable;
}
std::span<const SettingTemplate> userInterfaceSettings()
{
    return userInterfaceSettingTable;
}
std::span<const Word> currentApis()
{
    return currentApiTable;
}

} // namespace osc::demo
