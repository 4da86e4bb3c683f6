/// The text of `termflow help`.
enum Usage {
  static let text = """
    termflow — check, schedule and run academic-office workflows

    usage:
      termflow check FILE... [--format text|json|sarif|github]
          Syntax and meaning; exit 0 when clean (warnings allowed), 1 on errors, 2 on usage errors.
      termflow fmt FILE|- [--write | --check]
          Canonical layout to stdout; --write rewrites in place; --check exits 1 if not formatted.
      termflow calendar [FILE] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format text|csv|json|ics]
          Day by day: workday, weekend, holiday, makeup-workday, break, and the teaching week.
      termflow timeline FILE [--today YYYY-MM-DD[THH:MM]] [--owner NAME] [--done ID,...]
                        [--format text|json|ics|md|html|docx] [--output FILE] [--wide]
          Every step in date order with its week and weekday; with --today, each one's status (done,
          overdue, due today, due this week, open, upcoming). Past steps count as done unless --done
          lists the finished ones.
      termflow timeline DIR|FILE... --by week [--format text|md|csv|html|docx] [--today DATE] [--output FILE] [--wide]
          The term's 周历: every dated step of its workflows (each .flow under DIR), week by week,
          with its owner and workflow; the workflows are checked together first.
      termflow timeline DIR|FILE... --by owner --format ics --output DIR
          One calendar per office over the term's workflows (DIR/开课学院.ics …), to subscribe to.
      termflow explain FILE --step ID
          How a step's dates were derived: the rule, the holidays skipped, the steps it waits for.
      termflow run FILE --state DIR [--today YYYY-MM-DD[THH:MM]] [--format text|json|csv|html] [--output FILE] [--wide]
                   [--fail-on never|error|warning] [--encoding auto|utf-8|gb18030]
          The workflow's rules over the state CSVs (students, records, registrations, payments), read
          as the workflow's layout says (table, values, grades, use): tasks per owner and date,
          warnings per student, course and order, a count per rule.
      termflow run TERMDIR --state DIR [--today …] [--format text|json|csv] [--output FILE]
          Every workflow of a term's folder over the same exports: one task list per office.
      termflow explain FILE --state DIR --student ID [--course CODE] [--today ...]
          Every rule for one student: each outcome true or false, the values read, the CSV rows as
          exported (column, raw text, what the layout made of it).
      termflow state inspect DIR [--encoding auto|utf-8|gb18030]
          A layout suggested from an export: headers, value maps, grade scale, time formats, TODOs.
      termflow import NOTICE.txt [--term ID] [--week1 YYYY-MM-DD]
          A draft workflow from a notice's text: dated sentences as steps, the payment window, 其他事项
          as policies, phones as contacts; what it cannot place stays as # TODO: comments.
      termflow roll FILE --term ID --week1 YYYY-MM-DD [--output FILE]
          Next term's workflow: dates keep their teaching week and weekday, written as before; a date
          that now falls on a holiday or make-up day gets a # CHECK: comment and a warning.
      termflow roll DIR --term ID --week1 YYYY-MM-DD --output NEWDIR
          A term's folder rolled whole into a new folder: the term file once, every workflow with it.
      termflow diff OLD NEW [--format text|json]
          What changed between two workflows: each step's dates and weeks, owners, deliverables;
          steps, rules, policies and owners added or removed; a step moved unlike the rest.
      termflow diff OLDDIR NEWDIR [--format text|json]
          Two terms' folders, file by file (each pair as above; files only one side has named).
      termflow test [PATH...]
          The workflows' tests (*.flowtest files under the paths): PASS/FAIL per test, then
          "N passed, M failed"; exit 1 on any failure (docs/testing.md).
      termflow lsp
          A language server (LSP 3.17) on stdin/stdout for editors: diagnostics as you type, quick
          fixes, hover, definition, references, completion, outline, formatting (docs/editors.md).
      termflow dump-ast FILE
          The parsed tree, for debugging the language.
      termflow help | version

    Every command takes --lang zh|en (or TERMFLOW_LANG): labels and statuses for people in Chinese or
    English (default English); JSON, CSV tokens and diagnostic codes stay the same.

    """
}
