"use strict";
// One e-mail is described once as a list of blocks and rendered twice, to HTML and to plain
// text, so the two parts cannot drift apart in content. All strings in a document are plain
// text: escaping happens here, in the HTML renderer, and nowhere else.
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderDocumentHtml = renderDocumentHtml;
exports.renderDocumentText = renderDocumentText;
const text_1 = require("./text");
const FOOTER = 'Det här är ett automatiskt meddelande från beställningstjänsten för Uppföljning Finsam. ' +
    'Du kan inte svara på det.';
const FONT = 'font-family:Arial,Helvetica,sans-serif;';
// Colours chosen for WCAG AA contrast on white (and white on the header colour).
const STYLE = {
    body: 'margin:0;padding:0;background-color:#f3f4f6;',
    outer: 'background-color:#f3f4f6;',
    outerCell: 'padding:24px 12px;',
    card: 'max-width:600px;background-color:#ffffff;border:1px solid #d1d5db;',
    banner: `padding:16px 24px;background-color:#1d3557;color:#ffffff;${FONT}font-size:16px;font-weight:bold;`,
    content: `padding:24px;${FONT}font-size:16px;line-height:1.5;color:#1f2937;`,
    h1: `margin:0 0 16px 0;${FONT}font-size:22px;line-height:1.3;color:#111827;`,
    h2: `margin:24px 0 8px 0;${FONT}font-size:18px;line-height:1.3;color:#111827;`,
    p: 'margin:0 0 16px 0;',
    ul: 'margin:0 0 16px 0;padding-left:24px;',
    li: 'margin:0 0 4px 0;',
    table: 'border-collapse:collapse;margin:0 0 16px 0;width:100%;',
    caption: `text-align:left;font-weight:bold;padding:0 0 8px 0;${FONT}`,
    th: 'text-align:left;vertical-align:top;padding:6px 12px 6px 0;border-top:1px solid #e5e7eb;font-weight:bold;white-space:nowrap;',
    td: 'text-align:left;vertical-align:top;padding:6px 0;border-top:1px solid #e5e7eb;',
    footer: `padding:16px 24px;border-top:1px solid #e5e7eb;${FONT}font-size:13px;line-height:1.5;color:#4b5563;`,
};
function blockToHtml(block) {
    switch (block.kind) {
        case 'paragraph':
            return `<p style="${STYLE.p}">${(0, text_1.escapeHtml)(block.text)}</p>`;
        case 'heading':
            return `<h2 style="${STYLE.h2}">${(0, text_1.escapeHtml)(block.text)}</h2>`;
        case 'list':
            return (`<ul style="${STYLE.ul}">` +
                block.items.map((item) => `<li style="${STYLE.li}">${(0, text_1.escapeHtml)(item)}</li>`).join('') +
                '</ul>');
        case 'facts':
            return (`<table style="${STYLE.table}">` +
                `<caption style="${STYLE.caption}">${(0, text_1.escapeHtml)(block.caption)}</caption>` +
                '<tbody>' +
                block.rows
                    .map(([label, value]) => `<tr><th scope="row" style="${STYLE.th}">${(0, text_1.escapeHtml)(label)}</th>` +
                    `<td style="${STYLE.td}">${(0, text_1.escapeHtml)(value)}</td></tr>`)
                    .join('') +
                '</tbody></table>');
    }
}
function renderDocumentHtml(doc) {
    const signature = doc.signature?.length
        ? `<p style="${STYLE.p}">${doc.signature.map(text_1.escapeHtml).join('<br>')}</p>`
        : '';
    // Layout tables carry role="presentation" so screen readers skip them; only the facts table
    // is announced as a table.
    return [
        '<!DOCTYPE html>',
        '<html lang="sv">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<title>${(0, text_1.escapeHtml)(doc.subject)}</title>`,
        '</head>',
        `<body style="${STYLE.body}">`,
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${STYLE.outer}">`,
        `<tr><td align="center" style="${STYLE.outerCell}">`,
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${STYLE.card}">`,
        `<tr><td style="${STYLE.banner}">Uppföljning Finsam</td></tr>`,
        `<tr><td style="${STYLE.content}">`,
        `<h1 style="${STYLE.h1}">${(0, text_1.escapeHtml)(doc.subject)}</h1>`,
        `<p style="${STYLE.p}">${(0, text_1.escapeHtml)(doc.greeting)}</p>`,
        ...doc.blocks.map(blockToHtml),
        signature,
        '</td></tr>',
        `<tr><td style="${STYLE.footer}">${(0, text_1.escapeHtml)(FOOTER)}</td></tr>`,
        '</table>',
        '</td></tr>',
        '</table>',
        '</body>',
        '</html>',
        '',
    ]
        .filter((line) => line !== '')
        .join('\n');
}
function underline(text, char) {
    return `${text}\n${char.repeat(text.length)}`;
}
function blockToText(block) {
    switch (block.kind) {
        case 'paragraph':
            return block.text;
        case 'heading':
            return underline(block.text, '-');
        case 'list':
            return block.items.map((item) => `- ${item}`).join('\n');
        case 'facts':
            return [`${block.caption}:`, ...block.rows.map(([label, value]) => `${label}: ${value}`)].join('\n');
    }
}
function renderDocumentText(doc) {
    const parts = [underline(doc.subject, '='), doc.greeting, ...doc.blocks.map(blockToText)];
    if (doc.signature?.length)
        parts.push(doc.signature.join('\n'));
    parts.push(`-- \n${FOOTER}`);
    return parts.join('\n\n') + '\n';
}
//# sourceMappingURL=document.js.map