<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../src/reportview/ui/comparison_view.py" line="136" />
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/comparison_view.py" line="136" />
        <source> — a required part</source>
        <translation>（必需部分）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/diff_panel.py" line="50" />
        <source>Click a problem or commitment to see its counterparts and how their wording differs.</source>
        <translation>点击一条问题或承诺，查看其他报告中的对应条目以及措辞差异。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/diff_panel.py" line="67" />
        <source>not matched yet</source>
        <translation>尚未比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/diff_panel.py" line="72" />
        <source>No other report has a matching item.</source>
        <translation>其他报告中没有对应的条目。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/diff_panel.py" line="83" />
        <source>wording {score:.0%} alike, {copied:.0%} copied</source>
        <translation>措辞相似度 {score:.0%}，照抄比例 {copied:.0%}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="56" />
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="58" />
        <source>Text to find in all reports</source>
        <translation>在所有报告中查找的文字</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="63" />
        <source>Previous match (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="64" />
        <source>Next match (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="65" />
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="118" />
        <source>{n} of {total}</source>
        <translation>第 {n} 处，共 {total} 处</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/find_bar.py" line="120" />
        <source>No matches</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="73" />
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="75" />
        <source>(township and year not stated)</source>
        <translation>（未写明单位和年度）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="80" />
        <source>The parts the regulation requires: ✓ reported, ✗ missing</source>
        <translation>规定必须报告的部分：✓ 已报告，✗ 缺少</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="88" />
        <source>Move column left</source>
        <translation>左移此列</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="89" />
        <source>Move column right</source>
        <translation>右移此列</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="90" />
        <source>Show the original text</source>
        <translation>查看原文</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="91" />
        <source>Remove this report from the comparison</source>
        <translation>从比对中移除此报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="131" />
        <source> (required)</source>
        <translation>（必需）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="43" />
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="43" />
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="53" />
        <source>reportview — compare rule-of-law government reports</source>
        <translation>报告比对 — 法治政府建设年度报告比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="86" />
        <source>Drop report files or a folder here to compare them
(.txt, .docx, .html, .pdf; two or more reports)</source>
        <translation>把报告文件或文件夹拖到这里开始比对
（支持 .txt、.docx、.html、.pdf，两份或更多）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="91" />
        <source>Open reports…</source>
        <translation>打开报告…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="107" />
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="112" />
        <source>Counterparts and differences</source>
        <translation>对应条目与差异</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="123" />
        <source>Reading %v of %m</source>
        <translation>正在读取 %v / %m</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="134" />
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="152" />
        <source>&amp;Open reports…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="153" />
        <source>Add report files to the comparison</source>
        <translation>把报告文件加入比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="154" />
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="155" />
        <source>Add every report in a folder</source>
        <translation>加入文件夹中的所有报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="156" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="159" />
        <source>&amp;Close all reports</source>
        <translation>关闭所有报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="161" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="162" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="163" />
        <source>&amp;Find in all reports…</source>
        <translation>在所有报告中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="164" />
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="165" />
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="166" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="167" />
        <source>&amp;Next difference</source>
        <translation>下一处差异(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="168" />
        <source>Select the next unique or reworded problem or commitment</source>
        <translation>选中下一条独有或换了说法的问题、承诺</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="169" />
        <source>&amp;Previous difference</source>
        <translation>上一处差异(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="171" />
        <source>&amp;Jump to part</source>
        <translation>跳转到部分(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="174" />
        <source>Show &amp;original text of the selected report</source>
        <translation>查看所选报告的原文(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="175" />
        <source>&amp;Fit columns to the window</source>
        <translation>列宽适应窗口(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="179" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="182" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="183" />
        <source>&amp;About reportview</source>
        <translation>关于报告比对(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="191" />
        <source>Open reports</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="196" />
        <source>Open a folder of reports</source>
        <translation>打开报告所在文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="205" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="236" />
        <source>Matching problems and commitments…</source>
        <translation>正在比对问题和承诺…</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="260" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="260" />
        <source>The new language is used from the next start.</source>
        <translation>新的语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="263" />
        <source>About reportview</source>
        <translation>关于报告比对</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/main_window.py" line="264" />
        <source>reportview lines up annual rule-of-law government reports part by part and marks which problems and commitments are unique, reworded or copied.
Everything runs on this computer.</source>
        <translation>报告比对把法治政府建设年度报告按部分对齐，标出哪些问题和承诺是独有的、换了说法的或照抄的。
所有处理都在本机完成。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/messages.py" line="31" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/messages.py" line="40" />
        <source>{n} file(s) could not be opened; the others were loaded:</source>
        <translation>有 {n} 个文件无法打开，其余文件已载入：</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/original.py" line="18" />
        <source>Original text — {name}</source>
        <translation>原文 — {name}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/original.py" line="21" />
        <source>File: {path}   Format: {fmt}   Encoding: {enc}</source>
        <translation>文件：{path}   格式：{fmt}   编码：{enc}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="21" />
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="21" />
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="34" />
        <source>Some reports do not report this required part</source>
        <translation>有的报告缺少这一必需部分</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="40" />
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="43" />
        <source>{n} items</source>
        <translation>{n} 条</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/outline.py" line="45" />
        <source>, {u} unique</source>
        <translation>，独有 {u} 条</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="13" />
        <source>measures</source>
        <translation>举措</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="14" />
        <source>duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="15" />
        <source>problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/header.py" line="16" />
        <source>plans</source>
        <translation>安排</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/reportview/cli.py" line="27" />
        <source>Compare annual rule-of-law government reports.</source>
        <translation>比对法治政府建设年度报告。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="31" />
        <source>find the parts and items of each report</source>
        <translation>找出每份报告的各部分和条目</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="32" />
        <source>compare reports part by part</source>
        <translation>按部分比对多份报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="35" />
        <source>report files or folders</source>
        <translation>报告文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="36" />
        <source>print JSON instead of text</source>
        <translation>输出 JSON 而不是文字</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="53" />
        <source>(preamble)</source>
        <translation>（前言）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="54" />
        <source> — {n} items</source>
        <translation> — {n} 条</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="65" />
        <source>Title: {t}</source>
        <translation>标题：{t}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="66" />
        <source>Body: {b}   Year: {y}</source>
        <translation>单位：{b}   年度：{y}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="70" />
        <source>Missing required parts: {k}</source>
        <translation>缺少必需部分：{k}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="90" />
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="121" />
        <source>compare needs at least two reports</source>
        <translation>比对至少需要两份报告</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../src/reportview/i18n.py" line="41" />
        <source>file not found</source>
        <extracomment>Core strings (no Qt there), listed here so that lupdate collects them.</extracomment>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="42" />
        <source>the file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="43" />
        <source>the file could not be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="44" />
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="45" />
        <source>this is not a text report (it looks like a binary file)</source>
        <translation>这不是文字报告（看起来是二进制文件）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="46" />
        <source>no Chinese report text was found in this file</source>
        <translation>文件中没有找到中文报告正文</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="47" />
        <source>unsupported file type {suffix}</source>
        <translation>不支持的文件类型 {suffix}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="48" />
        <source>the {kind} file is damaged or incomplete</source>
        <translation>{kind}文件已损坏或不完整</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="49" />
        <source>the PDF has no text layer (it is a scanned image); run OCR on it first</source>
        <translation>该 PDF 没有文字层（是扫描图片），请先做文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="50" />
        <source>the document is password-protected</source>
        <translation>文档有密码保护</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="51" />
        <source>the file is too large to be a report ({size})</source>
        <translation>文件太大，不像是一份报告（{size}）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="52" />
        <source>the file ends in the middle of a character: it may be cut off</source>
        <translation>文件在一个字符中间结束，可能不完整</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="53" />
        <source>{count} character(s) lost in the source and shown as '?'</source>
        <translation>原文有 {count} 个字符丢失，显示为“?”</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="54" />
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="55" />
        <source>permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="56" />
        <source>save it as .docx</source>
        <translation>请另存为 .docx</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="57" />
        <source>no text in it</source>
        <translation>其中没有文字</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="58" />
        <source>the analysis process stopped</source>
        <translation>分析进程意外停止</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../src/reportview/i18n.py" line="26" />
        <source>Preamble</source>
        <translation>前言</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="27" />
        <source>Measures and results</source>
        <translation>主要举措和成效</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="28" />
        <source>Leaders' duties</source>
        <translation>第一责任人职责</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="29" />
        <source>Innovations</source>
        <translation>创新做法</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="30" />
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="31" />
        <source>Next year's plans</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="32" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/reportview/i18n.py" line="35" />
        <location filename="../../src/reportview/ui/theme.py" line="36" />
        <source>unique</source>
        <translation>独有</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="36" />
        <location filename="../../src/reportview/ui/theme.py" line="40" />
        <source>similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="37" />
        <location filename="../../src/reportview/ui/theme.py" line="44" />
        <source>shared</source>
        <translation>雷同</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <location filename="../../src/reportview/ui/theme.py" line="36" />
        <source>U</source>
        <translation>独</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/theme.py" line="37" />
        <source>Unique: no other report says this</source>
        <translation>独有：其他报告中没有对应内容</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/theme.py" line="40" />
        <source>S</source>
        <translation>似</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/theme.py" line="41" />
        <source>Similar: another report says the same in other words</source>
        <translation>相似：其他报告有意思相同、说法不同的内容</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/theme.py" line="44" />
        <source>=</source>
        <translation>同</translation>
    </message>
    <message>
        <location filename="../../src/reportview/ui/theme.py" line="45" />
        <source>Shared: copied nearly word for word from another report</source>
        <translation>雷同：与其他报告几乎逐字相同（套话）</translation>
    </message>
</context>
</TS>