<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../src/reportview/ui/cell_frame.py" line="15"/>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/cell_frame.py" line="15"/>
        <source> — a required part</source>
        <translation>（必需部分）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/cell_frame.py" line="32"/>
        <source>Written inside the part “{part}”</source>
        <translation>写在“{part}”部分之中</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/diff_panel.py" line="52"/>
        <source>Click a problem or commitment to see its counterparts and how their wording differs.</source>
        <translation>点击一条问题或承诺，查看其他报告中的对应条目以及措辞差异。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/cell_frame.py" line="48"/>
        <location filename="../../src/reportview/ui/diff_panel.py" line="88"/>
        <source>shared terms: {terms}</source>
        <translation>共同词语：{terms}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/diff_panel.py" line="103"/>
        <source>Whole items</source>
        <translation>完整条目</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/diff_panel.py" line="118"/>
        <source>not matched yet</source>
        <translation>尚未比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/diff_panel.py" line="123"/>
        <source>No other report has a matching item.</source>
        <translation>其他报告中没有对应的条目。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/diff_panel.py" line="83"/>
        <source>wording {score:.0%} alike, {copied:.0%} copied</source>
        <translation>措辞相似度 {score:.0%}，照抄比例 {copied:.0%}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="53"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="55"/>
        <source>Text to find in all reports</source>
        <translation>在所有报告中查找的文字</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="61"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="62"/>
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="63"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="114"/>
        <source>{n} of {total}</source>
        <translation>第 {n} 处，共 {total} 处</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="116"/>
        <source>No matches</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="110"/>
        <source>Drag onto another column&apos;s header to pair the two as one body&apos;s consecutive years</source>
        <translation>拖到另一列的标题上：把两份报告配为同一单位的上下年度</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="115"/>
        <source>(township and year not stated)</source>
        <translation>（未写明单位和年度）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="121"/>
        <source>The parts the regulation requires: ✓ reported, ✗ missing, ? unknown</source>
        <translation>规定必须报告的部分：✓ 已报告，✗ 缺少，? 无法判断（读取可能不完整）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="136"/>
        <source>Move column left</source>
        <translation>左移此列</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="142"/>
        <source>Move column right</source>
        <translation>右移此列</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="148"/>
        <source>Show the original text</source>
        <translation>查看原文</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="154"/>
        <source>Remove this report from the comparison</source>
        <translation>从比对中移除此报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="230"/>
        <source> (+{n} more)</source>
        <translation>（另有 {n} 条，悬停查看）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="259"/>
        <source> (required)</source>
        <translation>（必需）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="53"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="53"/>
        <source>Reports and comparisons</source>
        <extracomment>How often the count of reports read is brought up to date while many arrive.</extracomment>
        <translation>报告和比对文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="53"/>
        <source>Comparisons</source>
        <translation>比对文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="74"/>
        <source>reportview — compare rule-of-law government reports</source>
        <translation>报告比对 — 法治政府建设年度报告比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="93"/>
        <source>the note store was damaged: it was set aside here and a new, empty one started</source>
        <translation>批注库文件已损坏：原文件已移到这里保留，并新建了一个空的批注库</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="133"/>
        <source>Drop report files or a folder here to compare them
(.txt, .docx, .html, .pdf; two or more reports)</source>
        <translation>把报告文件或文件夹拖到这里开始比对
（支持 .txt、.docx、.html、.pdf，两份或更多）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="141"/>
        <source>Open reports…</source>
        <translation>打开报告…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="158"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="163"/>
        <source>Counterparts and differences</source>
        <translation>对应条目与差异</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="168"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="179"/>
        <source>Reading %v of %m</source>
        <translation>正在读取 %v / %m</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="199"/>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="34"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="38"/>
        <source>&amp;Open reports…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="41"/>
        <source>Add report files to the comparison</source>
        <translation>把报告文件加入比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="46"/>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="49"/>
        <source>Add every report in a folder</source>
        <translation>加入文件夹中的所有报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="51"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="57"/>
        <source>&amp;Save comparison</source>
        <translation>保存比对(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="60"/>
        <source>Save the reports, their order and the notes in one file</source>
        <translation>把报告、列顺序和批注保存为一个文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="65"/>
        <source>Save comparison &amp;as…</source>
        <translation>比对另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="68"/>
        <source>Save the comparison in another file</source>
        <translation>把比对保存到另一个文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="70"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="71"/>
        <source>Web page (&amp;HTML)…</source>
        <translation>网页 (HTML)(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="72"/>
        <source>&amp;Word table (.docx)…</source>
        <translation>Word 对照表 (.docx)(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="73"/>
        <source>Notes as &amp;CSV…</source>
        <translation>批注表格 (CSV)(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="74"/>
        <source>Overview and scores (E&amp;xcel)…</source>
        <translation>总览与评分 (E&amp;xcel)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="75"/>
        <source>County &amp;summary (Word)…</source>
        <translation>县域汇总 (Word)(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="77"/>
        <source>&amp;Close all reports</source>
        <translation>关闭所有报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="80"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="81"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="82"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="84"/>
        <source>&amp;Add note…</source>
        <translation>添加批注(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="84"/>
        <source>Write a note on the selected text</source>
        <translation>为选中的文字写批注</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="86"/>
        <source>&amp;Find in all reports…</source>
        <translation>在所有报告中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="87"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="89"/>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="91"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="95"/>
        <source>&amp;Next difference</source>
        <translation>下一处差异(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="98"/>
        <source>Select the next unique or reworded problem or commitment</source>
        <translation>选中下一条独有或换了说法的问题、承诺</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="103"/>
        <source>&amp;Previous difference</source>
        <translation>上一处差异(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="107"/>
        <source>&amp;Jump to part</source>
        <translation>跳转到部分(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="119"/>
        <source>Show &amp;original text of the selected report</source>
        <translation>查看所选报告的原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="123"/>
        <source>&amp;Fit columns to the window</source>
        <translation>列宽适应窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="127"/>
        <source>Shade text &amp;other reports carry too</source>
        <translation>标出与其他报告相同的文字(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="131"/>
        <source>A grey ground under every sentence found in another open report: what is left is a report&apos;s own writing</source>
        <translation>凡在其他已打开报告中出现的句子都衬灰底，余下的便是本单位自己写的</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="135"/>
        <source>Scoring &amp;criteria…</source>
        <translation>评分标准(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="139"/>
        <source>&amp;Follow-through of last year&apos;s commitments…</source>
        <translation>上年承诺落实(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="142"/>
        <source>A body&apos;s report of one year against the next: each commitment carried out, mentioned or not</source>
        <translation>同一单位前后两年的报告对照：每项承诺已落实、提及还是未见</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="147"/>
        <source>&amp;Pair reports…</source>
        <translation>配对上下年度报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="150"/>
        <source>Pair two open reports as one body&apos;s consecutive years (or drag one column&apos;s header onto the other&apos;s)</source>
        <translation>把两份已打开的报告配为同一单位的上下年度（也可把一列的标题拖到另一列的标题上）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="156"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="159"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/menus.py" line="160"/>
        <source>&amp;About reportview</source>
        <translation>关于报告比对(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="213"/>
        <source>Open reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="218"/>
        <source>Open a folder of reports</source>
        <translation>打开报告所在文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="227"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="272"/>
        <source>Matching problems and commitments…</source>
        <translation>正在比对问题和承诺…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="303"/>
        <source>&amp;Undo {what}</source>
        <translation>撤销{what}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="304"/>
        <source>&amp;Redo {what}</source>
        <translation>重做{what}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="325"/>
        <source>Select the text to annotate first.</source>
        <translation>请先选中要批注的文字。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="348"/>
        <source>Select the text the note belongs to, then attach it.</source>
        <translation>请先选中这条批注所属的文字，再重新附着。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="365"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="365"/>
        <source>The new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="370"/>
        <source>About reportview</source>
        <translation>关于报告比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="372"/>
        <source>reportview lines up annual rule-of-law government reports part by part and marks which problems and commitments are unique, reworded or copied.
Everything runs on this computer.</source>
        <translation>报告比对把法治政府建设年度报告按部分对齐，标出哪些问题和承诺是独有的、换了说法的或照抄的。
所有处理都在本机完成。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/messages.py" line="31"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/messages.py" line="40"/>
        <source>{n} file(s) could not be opened; the others were loaded:</source>
        <translation>有 {n} 个文件无法打开，其余文件已载入：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/original.py" line="14"/>
        <source>Original text — {name}</source>
        <translation>原文 — {name}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/original.py" line="17"/>
        <source>File: {path}   Format: {fmt}   Encoding: {enc}</source>
        <translation>文件：{path}   格式：{fmt}   编码：{enc}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="17"/>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="17"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="33"/>
        <source>Some reports do not report this required part</source>
        <translation>有的报告缺少这一必需部分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="39"/>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="42"/>
        <source>{n} items</source>
        <translation>{n} 条</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="44"/>
        <source>, {u} unique</source>
        <translation>，独有 {u} 条</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/cell.py" line="268"/>
        <source>Add note…</source>
        <translation>添加批注…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/document_actions.py" line="59"/>
        <source>comparison</source>
        <translation>比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/document_actions.py" line="62"/>
        <source>Save comparison</source>
        <translation>保存比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/document_actions.py" line="70"/>
        <location filename="../../src/reportview/ui/document_actions.py" line="134"/>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/document_actions.py" line="73"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/document_actions.py" line="95"/>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/document_actions.py" line="96"/>
        <location filename="../../src/reportview/ui/document_actions.py" line="99"/>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/document_actions.py" line="97"/>
        <source>CSV table of notes</source>
        <translation>批注表格 (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/document_actions.py" line="98"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/document_actions.py" line="107"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/document_actions.py" line="136"/>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/note_dialog.py" line="42"/>
        <location filename="../../src/reportview/ui/notes_panel.py" line="42"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/note_dialog.py" line="46"/>
        <source>On: “{quote}”</source>
        <translation>批注对象：“{quote}”</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/note_dialog.py" line="51"/>
        <source>What should the next reader know about this passage?</source>
        <translation>这段文字有什么需要提醒后来人的？</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/note_dialog.py" line="63"/>
        <source>Other tags, separated by commas</source>
        <translation>其他标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/notes_panel.py" line="42"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/notes_panel.py" line="42"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/notes_panel.py" line="53"/>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/notes_panel.py" line="54"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/notes_panel.py" line="55"/>
        <source>Attach to selected text</source>
        <translation>附着到所选文字</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/notes_panel.py" line="75"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/notes_panel.py" line="81"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/notes_panel.py" line="110"/>
        <source>Unplaced notes ({n})</source>
        <translation>无法定位的批注（{n}）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/notes_panel.py" line="114"/>
        <source>The text these notes were on changed too much or occurs more than once. Select the right text and choose “Attach to selected text”, or delete them.</source>
        <translation>这些批注所在的文字改动太大，或在报告中出现了不止一次。请选中正确的文字后点“附着到所选文字”，或者删除它们。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/county_tabs.py" line="53"/>
        <source>Side by side</source>
        <extracomment>Quiet time after the last change before the overview is recomputed. Longest wait for the quiet time while changes keep coming. a pair&apos;s follow-through is wanted (last year&apos;s Report, this year&apos;s): computed elsewhere a score, the rubric, a pair or a verdict was changed here (the Changes record)</extracomment>
        <translation>对照</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/county_tabs.py" line="54"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/county_tabs.py" line="260"/>
        <location filename="../../src/reportview/ui/county_tabs.py" line="263"/>
        <source>Pair reports</source>
        <translation>配对上下年度报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/county_tabs.py" line="260"/>
        <source>Last year&apos;s report:</source>
        <translation>上年报告：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/county_tabs.py" line="263"/>
        <source>This year&apos;s report:</source>
        <translation>本年报告：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/county_tabs.py" line="281"/>
        <location filename="../../src/reportview/ui/county_tabs.py" line="294"/>
        <source>Follow-through</source>
        <translation>上年承诺落实</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/county_tabs.py" line="282"/>
        <source>No two open reports are one body&apos;s reports of consecutive years.</source>
        <translation>已打开的报告中没有同一单位相邻两年的报告。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/county_tabs.py" line="285"/>
        <source>To pair two reports by hand, drag one column&apos;s header onto the other&apos;s, or use View ▸ Pair reports…</source>
        <translation>如需手动配对，把一列的标题拖到另一列的标题上，或用 视图 ▸ 配对上下年度报告…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/county_tabs.py" line="294"/>
        <source>Which body?</source>
        <translation>哪个单位？</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/overview_view.py" line="66"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/overview_view.py" line="66"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/overview_view.py" line="133"/>
        <source>Last year&apos;s report of this body is not open (pair two reports by dragging one header onto another)</source>
        <translation>未打开该单位的上年报告（可把一列的标题拖到另一列的标题上手动配对）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/overview_view.py" line="136"/>
        <source>Of last year&apos;s {total} commitments: {done} carried out, {partial} partly or mentioned, {none} no trace</source>
        <translation>上年 {total} 项承诺：已落实 {done}，部分落实/提及 {partial}，未见落实 {none}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/overview_view.py" line="140"/>
        <source>Ctrl+L shows each commitment with its evidence.</source>
        <translation>双击或按 Ctrl+L 查看每项承诺及其依据。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/overview_view.py" line="179"/>
        <source>Suggested from the analysis: double-click to score</source>
        <translation>按分析测得的建议值（双击评分）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/overview_view.py" line="185"/>
        <source>Double-click to score</source>
        <translation>双击评分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/overview_view.py" line="206"/>
        <source>Filter by body, title or file…</source>
        <translation>按单位、标题或文件筛选…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/overview_view.py" line="270"/>
        <source>Sentences carried by several reports: {count} (double-click to read one in place)</source>
        <translation>多份报告共有的句子：{count} 句（双击在原处阅读）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/overview_view.py" line="330"/>
        <source>{n} of {total} reports</source>
        <translation>{total} 份中 {n} 份</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="37"/>
        <location filename="../../src/reportview/ui/score_dialog.py" line="53"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="44"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="46"/>
        <source> of {points:g}</source>
        <translation> / {points:g} 分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="50"/>
        <source>Take the suggestion ({value:g})</source>
        <translation>采用建议值（{value:g}）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="55"/>
        <source>Why (optional)</source>
        <translation>理由（可不填）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="56"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="72"/>
        <source>Scoring criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="77"/>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="77"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="85"/>
        <source>Add criterion</source>
        <translation>添加评分项</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="87"/>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/score_dialog.py" line="104"/>
        <source>New criterion</source>
        <translation>新评分项</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="64"/>
        <source>Follow-through: {last} → {this}</source>
        <extracomment>(report index in the comparison, start, end) of a sentence to show in place a verdict or the pairing was changed here (the Changes record)</extracomment>
        <translation>上年承诺落实：{last} → {this}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="74"/>
        <source>Last year&apos;s commitment</source>
        <translation>上年承诺</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="74"/>
        <source>This year&apos;s report</source>
        <translation>本年报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="85"/>
        <source>Not the same body: unpair</source>
        <translation>不是同一单位：取消配对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="86"/>
        <source>These two reports are not one body&apos;s consecutive years</source>
        <translation>这两份报告不是同一单位的上下年度报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="102"/>
        <source>{year}: {done} of {count} commitments carried out, by what this year&apos;s report says.</source>
        <translation>{year} 年的 {count} 项承诺中，按本年报告所述已落实 {done} 项。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="105"/>
        <location filename="../../src/reportview/ui/overview_view.py" line="139"/>
        <source>{n} verdicts are the reviewer&apos;s.</source>
        <translation>其中 {n} 项为评审人判定。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="106"/>
        <source>Right-click a commitment to confirm or change its verdict.</source>
        <translation>右键单击承诺可确认或改判。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="115"/>
        <source>Verdicts whose commitment is no longer in last year&apos;s report:</source>
        <translation>上年报告中已找不到对应承诺的判定：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="216"/>
        <source>Reviewer&apos;s comment…</source>
        <translation>评审人说明…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="218"/>
        <source>Back to the analysis&apos;s verdict</source>
        <translation>恢复为分析结果</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="228"/>
        <source>Reviewer&apos;s comment</source>
        <translation>评审人说明</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="74"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="24"/>
        <source>measures</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="25"/>
        <source>duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="26"/>
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="27"/>
        <source>plans</source>
        <translation>安排</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="17"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="18"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="19"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="20"/>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="52"/>
        <location filename="../../src/reportview/cli_words.py" line="21"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="22"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="23"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="24"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="25"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="26"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="27"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="28"/>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="29"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="30"/>
        <source>expected at most one argument</source>
        <translation>至多需要一个参数</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="31"/>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="32"/>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="33"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="34"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="35"/>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="36"/>
        <source>ignored explicit argument %r</source>
        <translation>忽略了显式参数 %r</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_words.py" line="37"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/reportview/cli.py" line="45"/>
        <source>Compare annual rule-of-law government reports.</source>
        <translation>比对法治政府建设年度报告。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="46"/>
        <source>reportview [FILE|FOLDER ...] without a command opens the window.</source>
        <translation>不带命令运行 reportview [FILE|FOLDER ...] 会打开窗口。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="58"/>
        <source>find the parts and items of each report</source>
        <translation>找出每份报告的各部分和条目</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="59"/>
        <source>compare reports part by part</source>
        <translation>按部分比对多份报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="60"/>
        <source>one row per report: parts, statuses, boilerplate, figures</source>
        <translation>每份报告一行：各部分、独似同、套话、数据</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="61"/>
        <source>last year&apos;s commitments (first file) against this year&apos;s report</source>
        <translation>上年承诺（第一个文件）对照本年报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="64"/>
        <source>report files or folders</source>
        <translation>报告文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="65"/>
        <source>print JSON instead of text</source>
        <translation>输出 JSON 而不是文字</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="70"/>
        <source>with --json: include each report&apos;s normalised text (the offsets point into it)</source>
        <translation>与 --json 一起使用：附上每份报告规范化后的正文（偏移量都指向它）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="78"/>
        <source>also write the comparison, with its notes, as a .rvcmp file</source>
        <translation>同时把比对（连同批注）保存为 .rvcmp 文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="82"/>
        <source>also write the overview as an Excel workbook</source>
        <translation>同时把总览写成 Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="87"/>
        <source>also write a county summary as a Word document</source>
        <translation>同时写出 Word 版县域汇总</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="90"/>
        <source>write a saved comparison as HTML, Word or CSV</source>
        <translation>把保存的比对导出为网页、Word 或 CSV</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="92"/>
        <source>a saved comparison (.rvcmp)</source>
        <translation>保存的比对文件 (.rvcmp)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="94"/>
        <source>self-contained HTML page</source>
        <translation>独立的网页文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="95"/>
        <source>Word table (对照表)</source>
        <translation>Word 对照表</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="96"/>
        <source>the notes as CSV</source>
        <translation>批注表格 (CSV)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="107"/>
        <source>export needs at least one of --html, --docx, --csv</source>
        <translation>导出至少需要 --html、--docx、--csv 中的一项</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="143"/>
        <source>(inside {k}) </source>
        <translation>（见于“{k}”）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="145"/>
        <source>(preamble)</source>
        <translation>（前言）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="145"/>
        <source>(closing)</source>
        <translation>（结尾）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="147"/>
        <source> — {n} items</source>
        <translation> — {n} 条</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="173"/>
        <source>Title: {t}</source>
        <translation>标题：{t}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="174"/>
        <source>Body: {b}   Year: {y}</source>
        <translation>单位：{b}   年度：{y}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="178"/>
        <source>Missing required parts: {k}</source>
        <translation>缺少必需部分：{k}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="202"/>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="239"/>
        <source>compare needs at least two reports</source>
        <translation>比对至少需要两份报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="319"/>
        <source> (did you mean {c}?)</source>
        <translation>（是不是想用 {c}？）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="320"/>
        <source>unknown command or file: {a}</source>
        <translation>没有这个命令，也没有这个文件：{a}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="324"/>
        <source>no display to open the window on; the commands analyze, compare and export work without one</source>
        <translation>没有可以打开窗口的显示器；analyze、compare 和 export 命令不需要显示器也能使用</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="340"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../src/reportview/progress.py" line="12"/>
        <source>reading</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../src/reportview/progress.py" line="13"/>
        <source>matching</source>
        <translation>比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_overview.py" line="76"/>
        <source>Sentences carried by several reports ({count}):</source>
        <translation>多份报告共有的句子（{count} 句）：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_overview.py" line="80"/>
        <source>  {n} of {total} reports: {text}</source>
        <translation>  {total} 份中有 {n} 份：{text}</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../src/reportview/i18n.py" line="26"/>
        <source>file not found</source>
        <extracomment>Core strings (no Qt there), listed here so that lupdate collects them.</extracomment>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="27"/>
        <source>the file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="28"/>
        <source>the file could not be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="29"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="30"/>
        <source>this is not a text report (it looks like a binary file)</source>
        <translation>这不是文字报告（看起来是二进制文件）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="31"/>
        <source>no Chinese report text was found in this file</source>
        <translation>文件中没有找到中文报告正文</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="32"/>
        <source>unsupported file type {suffix}</source>
        <translation>不支持的文件类型 {suffix}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="33"/>
        <source>the {kind} file is damaged or incomplete</source>
        <translation>{kind}文件已损坏或不完整</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="34"/>
        <source>the PDF has no text layer (it is a scanned image); run OCR on it first</source>
        <translation>该 PDF 没有文字层（是扫描图片），请先做文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="35"/>
        <source>the document is password-protected</source>
        <translation>文档有密码保护</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="36"/>
        <source>the file is too large to be a report ({size})</source>
        <translation>文件太大，不像是一份报告（{size}）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="37"/>
        <source>the file ends in the middle of a character: it may be cut off</source>
        <translation>文件在一个字符中间结束，可能不完整</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="38"/>
        <source>{count} character(s) lost in the source and shown as &apos;?&apos;</source>
        <translation>原文有 {count} 个字符丢失，显示为“?”</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="39"/>
        <source>permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="40"/>
        <source>save it as .docx</source>
        <translation>请另存为 .docx</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="41"/>
        <source>no text in it</source>
        <translation>其中没有文字</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="42"/>
        <source>the analysis process stopped</source>
        <translation>分析进程意外停止</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="43"/>
        <source>cannot read the file</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="44"/>
        <source>the file is damaged (not valid JSON)</source>
        <translation>文件已损坏（不是有效的 JSON）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="45"/>
        <source>not a reportview comparison file</source>
        <translation>不是报告比对保存的文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="46"/>
        <source>made by a newer version of reportview</source>
        <translation>由更新版本的报告比对保存，当前版本无法打开</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="47"/>
        <source>a report&apos;s text does not match its fingerprint (the file was altered)</source>
        <translation>报告正文与其指纹不符（文件被改动过）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="48"/>
        <source>the file is incomplete</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="49"/>
        <source>only {count}% of the file&apos;s text was kept after cleaning: the report may not have been read correctly</source>
        <translation>清理后只保留了文件中 {count}% 的文字：报告可能没有被正确读取</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="53"/>
        <source>the report has only {count} Chinese characters: it may be incomplete</source>
        <translation>报告只有 {count} 个汉字：可能不完整</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="54"/>
        <source>no headings were found: the report&apos;s parts could not be told apart</source>
        <translation>没有找到任何标题：无法区分报告的各个部分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="55"/>
        <source>{count} required part(s) not found</source>
        <translation>有 {count} 个必需部分没有找到</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="56"/>
        <source>the parts are not in the usual order (measures, problems, plans)</source>
        <translation>各部分的顺序与通常不同（举措成效、存在问题、下一步安排）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="57"/>
        <source>{count} problem or plan item(s) are very long and may hold several points that could not be split</source>
        <translation>有 {count} 条问题或打算很长，可能包含未能拆分的多项内容</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="61"/>
        <source>{count} part(s) have no heading of their own and were recognised from their wording</source>
        <translation>有 {count} 个部分没有自己的标题，是根据文字识别出来的</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="64"/>
        <source>the text encoding was guessed with low confidence: some characters may be wrong</source>
        <translation>文字编码是低置信度猜测的：部分字符可能有误</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="67"/>
        <source>refused to read it: {what}</source>
        <translation>已拒绝读取：{what}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="68"/>
        <source>the folder holds no report files</source>
        <translation>文件夹里没有报告文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="69"/>
        <source>the folder holds more than 1,000 report files: the first 1,000 were opened</source>
        <translation>文件夹里的报告文件超过 1000 个：只打开了前 1000 个</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="70"/>
        <source>the Word file has more than 2,000 parts</source>
        <translation>这个 Word 文件包含的部件超过 2000 个</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="71"/>
        <source>a part of the Word file unpacks to more than 48 MB</source>
        <translation>这个 Word 文件有一个部件解压后超过 48 MB</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="72"/>
        <source>the Word file unpacks to more than 160 MB</source>
        <translation>这个 Word 文件解压后超过 160 MB</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="73"/>
        <source>the Word file is packed like a zip bomb (a part would unpack to over 200 times its size)</source>
        <translation>这个 Word 文件像“压缩炸弹”（有部件解压后会超过原大小的 200 倍）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="76"/>
        <source>text files and web pages are read whole, up to 16 MB</source>
        <translation>文本文件和网页要整体读入，最大 16 MB</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="77"/>
        <source>the page is nested too deeply for a web page; its text was read without its layout</source>
        <translation>网页的嵌套层数过多，已不按版式、只读取其中的文字</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="80"/>
        <source>a value in the file has the wrong type</source>
        <translation>文件中有数据的类型不对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="81"/>
        <source>a note points outside its report&apos;s text</source>
        <translation>有批注指向报告正文以外的位置</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="82"/>
        <source>the file is too large to be a saved comparison</source>
        <translation>文件太大，不像是保存的比对文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="83"/>
        <source>the file is damaged (nested too deeply)</source>
        <translation>文件已损坏（嵌套层数过多）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="84"/>
        <source>this is a saved comparison, not a report: open it with reportview or export it</source>
        <translation>这是保存的比对文件，不是报告：请用报告比对打开，或用 export 导出</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="23"/>
        <source>Report comparison</source>
        <translation>报告比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="24"/>
        <source>Exported {date}</source>
        <translation>导出时间：{date}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="25"/>
        <source>Problems and commitments are marked: unique (no counterpart in another report), similar (reworded), shared (copied nearly word for word).</source>
        <translation>问题和承诺的标记：独有（其他报告中没有对应内容）、相似（换了说法）、雷同（几乎逐字相同）。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="29"/>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="30"/>
        <source>required</source>
        <translation>必需</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="31"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="32"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="33"/>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="34"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="35"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="36"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="37"/>
        <source>No notes.</source>
        <translation>没有批注。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="38"/>
        <source>Required parts</source>
        <translation>必需部分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="39"/>
        <source>Body</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="40"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="41"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/exporting.py" line="42"/>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>follow</name>
    <message>
        <location filename="../../src/reportview/core/follow.py" line="68"/>
        <source>carried out</source>
        <extracomment>Likeness at which a sentence carries a point out. Chosen on the first tuning pair (P1) of benchmarks/data/follow-judged.json with benchmarks/bench_follow.py; on the whole tuning split (P1, P3-P5) under the present rules, 0.30 to 0.36 give the same verdicts (14 of 21). A plan is carried out when this many of its points are (or all, when it has fewer). Likeness at which a sentence at least mentions a point: matching&apos;s own threshold. Deeds a sentence reports as done, and words that say a thing is only under way. A plan&apos;s first sentence when it only names its theme (加强执法人员培训。), not a commitment of its own: short, one clause.</extracomment>
        <translation>已落实</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/follow.py" line="69"/>
        <source>partly / mentioned</source>
        <translation>部分落实/提及</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/follow.py" line="70"/>
        <source>no trace</source>
        <translation>未见落实</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_follow.py" line="67"/>
        <source>Last year&apos;s commitments: {last} → {this}</source>
        <translation>上年承诺落实情况：{last} → {this}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_follow.py" line="74"/>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="50"/>
        <source> (reviewer)</source>
        <translation>（评审人）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_follow.py" line="78"/>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="137"/>
        <source>reviewer: {comment}</source>
        <translation>评审人：{comment}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_follow.py" line="81"/>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="146"/>
        <source> (stated as a problem)</source>
        <translation>（写在存在问题中）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_follow.py" line="86"/>
        <source>figures: promised {a}; reported {b}</source>
        <translation>数据：承诺 {a}；报告 {b}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_follow.py" line="91"/>
        <source>Verdicts whose commitment is no longer in last year&apos;s report:</source>
        <translation>上年报告中已找不到对应承诺的判定：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_follow.py" line="96"/>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="163"/>
        <source>Problems that come back:</source>
        <translation>重复出现的问题：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_follow.py" line="97"/>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="164"/>
        <source>Plans made again:</source>
        <translation>再次提出的打算：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_follow.py" line="112"/>
        <source>follow needs two reports: last year&apos;s, then this year&apos;s</source>
        <translation>follow 需要两份报告：先上年，后本年</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli_follow.py" line="118"/>
        <source>! these do not look like one body&apos;s reports of consecutive years</source>
        <translation>! 这两份报告看来不是同一单位相邻两年的报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="44"/>
        <source>  ⚠ reported {b}, short of the promised {a}</source>
        <translation>  ⚠ 报告 {b}，少于承诺的 {a}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="45"/>
        <source>  (promised {a}; reported {b})</source>
        <translation>（承诺 {a}；报告 {b}）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="133"/>
        <source>The analysis finds: {verdict}</source>
        <translation>分析结果：{verdict}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="141"/>
        <source>(nothing in this year&apos;s report)</source>
        <translation>（本年报告中未见）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/follow_dialog.py" line="152"/>
        <source>shared terms: {terms}</source>
        <translation>共同词语：{terms}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../src/reportview/core/notebook.py" line="135"/>
        <source>Add note</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/notebook.py" line="159"/>
        <source>Edit note</source>
        <translation>修改批注</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/notebook.py" line="181"/>
        <source>Delete note</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/notebook.py" line="209"/>
        <source>Re-attach note</source>
        <translation>重新附着批注</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/workspace.py" line="140"/>
        <source>Close report</source>
        <translation>关闭报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/workspace.py" line="165"/>
        <source>Move column</source>
        <translation>移动列</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/workspace.py" line="188"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/workspace.py" line="215"/>
        <source>Scoring criteria</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/workspace.py" line="234"/>
        <source>Verdict</source>
        <translation>改判</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/workspace.py" line="257"/>
        <source>Pairing</source>
        <translation>配对</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="18"/>
        <source>Preamble</source>
        <translation>前言</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="19"/>
        <source>Measures and results</source>
        <translation>主要举措和成效</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="20"/>
        <source>Leaders&apos; duties</source>
        <translation>第一责任人职责</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="21"/>
        <source>Innovations</source>
        <translation>创新做法</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="22"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="23"/>
        <source>Next year&apos;s plans</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="24"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="25"/>
        <source>Closing</source>
        <translation>结尾</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../src/reportview/cli_overview.py" line="70"/>
        <location filename="../../src/reportview/core/export_xlsx.py" line="33"/>
        <location filename="../../src/reportview/ui/overview_view.py" line="62"/>
        <source>Text found in other reports</source>
        <extracomment>Recurring sentences printed under the table (the workbook and the JSON list them all).
----------
What a row sorts by (numbers as numbers) and filters on (its text columns). Rows measured when the columns are first sized.</extracomment>
        <translation>与其他报告雷同的文字</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="25"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="26"/>
        <source>Body</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="27"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="28"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="29"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="30"/>
        <source>Reading warnings</source>
        <translation>读取提示</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="31"/>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="32"/>
        <source>Plans</source>
        <translation>打算数</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="34"/>
        <source>Concrete figures</source>
        <translation>具体数据</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="35"/>
        <source>Notes</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="36"/>
        <location filename="../../src/reportview/ui/overview_view.py" line="63"/>
        <source>Last year&apos;s commitments carried out</source>
        <translation>上年承诺落实</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="37"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="38"/>
        <source>Boilerplate</source>
        <translation>套话</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="39"/>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="40"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="41"/>
        <source>Carried by</source>
        <translation>出现于</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="42"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="43"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="44"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="45"/>
        <source>Comments</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="46"/>
        <source>Follow-through</source>
        <translation>承诺落实</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="47"/>
        <source>Last year&apos;s report</source>
        <translation>上年报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="48"/>
        <source>This year&apos;s report</source>
        <translation>本年报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="49"/>
        <source>Last year&apos;s commitment</source>
        <translation>上年承诺</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="50"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="51"/>
        <source>Judged by</source>
        <translation>判定来源</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="52"/>
        <source>analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="53"/>
        <source>reviewer</source>
        <translation>评审人</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="54"/>
        <source>This year&apos;s evidence</source>
        <translation>本年依据</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_xlsx.py" line="55"/>
        <source>Grey italics: a value suggested from the analysis, not yet confirmed by a reviewer.</source>
        <translation>灰色斜体：按分析测得的建议值，尚未经评审人确认。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_summary.py" line="25"/>
        <source>County summary</source>
        <translation>县域汇总</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_summary.py" line="26"/>
        <source>{count} reports · made {date}</source>
        <translation>共 {count} 份报告 · {date} 生成</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_summary.py" line="27"/>
        <source>Sentences most reports carry</source>
        <translation>多数报告共有的句子</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/export_summary.py" line="28"/>
        <source>No sentence is carried by more than one report.</source>
        <translation>没有哪句话出现在一份以上的报告中。</translation>
    </message>
</context>
<context>
    <name>scoring</name>
    <message>
        <location filename="../../src/reportview/core/scoring.py" line="35"/>
        <source>Required parts present</source>
        <translation>必需部分齐全</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/scoring.py" line="36"/>
        <source>Problems specific, not boilerplate</source>
        <translation>问题具体、非套话</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/scoring.py" line="37"/>
        <source>Plans answer the problems</source>
        <translation>打算回应问题</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/scoring.py" line="38"/>
        <source>Concrete figures</source>
        <translation>有具体数据</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/scoring.py" line="39"/>
        <source>Last year&apos;s commitments followed up</source>
        <translation>上年承诺有落实</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="28"/>
        <source>unique</source>
        <translation>独有</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="29"/>
        <source>similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="30"/>
        <source>shared</source>
        <translation>雷同</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="34"/>
        <source>U</source>
        <extracomment>One-character marks for statuses (translated to 独, 似, 同).</extracomment>
        <translation>独</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/theme.py" line="45"/>
        <source>Unique: no other report says this</source>
        <translation>独有：其他报告中没有对应内容</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="35"/>
        <source>S</source>
        <translation>似</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/theme.py" line="50"/>
        <source>Similar: another report says the same in other words</source>
        <translation>相似：其他报告有意思相同、说法不同的内容</translation>
    </message>
    <message>
        <location filename="../../src/reportview/core/labels.py" line="36"/>
        <source>=</source>
        <translation>同</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/theme.py" line="55"/>
        <source>Shared: copied nearly word for word from another report</source>
        <translation>雷同：与其他报告几乎逐字相同（套话）</translation>
    </message>
</context>
</TS>
