use super::Strings;

pub static STRINGS: Strings = Strings {
    app_name: "Jobforge",
    tagline: "Your whole job search, in one place you own.",
    skip_to_content: "Skip to content",
    nav_label: "Main",
    nav_home: "Home",
    language_label: "Language",
    theme_dark: "Dark theme",
    theme_light: "Light theme",

    hero_title: "From work log to offer, with every step in view",
    hero_body: "Keep a record of your work, turn it into a strong resume, tailor it to each job with an honest match score, track every application on a board, write cover letters and practise interviews.",
    hero_note: "Self-hosted. Works offline without any AI model; bring your own when you want one.",
    features_title: "Everything a job search needs",
    features: [
        (
            "Work log",
            "Write down what you did each day. Jobforge finds the skills in it, each with its evidence.",
        ),
        (
            "Resumes",
            "Upload a PDF or DOCX, edit it section by section, keep versions and download clean PDFs in English and Arabic.",
        ),
        (
            "Honest tailoring",
            "Tailor a resume to a job and see the score before and after. Nothing is invented: every change is explained.",
        ),
        (
            "Application board",
            "Track every application from interested to offer on a board you can drag, filter and search.",
        ),
        (
            "Interview practice",
            "Answer questions chosen for the role, one at a time, and get a score and feedback on each answer.",
        ),
        (
            "Dashboard",
            "See where the search stands: applications this week, response rate, upcoming interviews.",
        ),
    ],
    trust_title: "Built to be trusted",
    trust_points: [
        "Your data stays on your server, and you can export or delete all of it.",
        "Match scores come with their breakdown, so you can see why.",
        "Every AI result says which engine made it.",
    ],

    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. It may have moved, or the link may be wrong.",
    back_home: "Back to the home page",
    error_title: "Something went wrong",
    error_body: "This part of the page could not be shown.",
    footer: "Jobforge — a self-hosted workbench for the job search.",
};
