<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/reportview/cli.py" line="26"/>
        <source>Compare annual rule-of-law government reports.</source>
        <translation>比对法治政府建设年度报告。</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="28"/>
        <source>find the parts and items of each report</source>
        <translation>找出每份报告的各部分和条目</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="29"/>
        <source>compare reports part by part</source>
        <translation>按部分比对多份报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="31"/>
        <source>report files or folders</source>
        <translation>报告文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="32"/>
        <source>print JSON instead of text</source>
        <translation>输出 JSON 而不是文字</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="49"/>
        <source>(preamble)</source>
        <translation>（前言）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="50"/>
        <source> — {n} items</source>
        <translation> — {n} 条</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="60"/>
        <source>Title: {t}</source>
        <translation>标题：{t}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="61"/>
        <source>Body: {b}   Year: {y}</source>
        <translation>单位：{b}   年度：{y}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="63"/>
        <source>Missing required parts: {k}</source>
        <translation>缺少必需部分：{k}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="81"/>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../src/reportview/cli.py" line="104"/>
        <source>compare needs at least two reports</source>
        <translation>比对至少需要两份报告</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../src/reportview/i18n.py" line="41"/>
        <source>file not found</source>
        <extracomment>Core strings (no Qt there), listed here so that lupdate collects them.</extracomment>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="42"/>
        <source>the file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="43"/>
        <source>the file could not be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="44"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="45"/>
        <source>this is not a text report (it looks like a binary file)</source>
        <translation>这不是文字报告（看起来是二进制文件）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="46"/>
        <source>no Chinese report text was found in this file</source>
        <translation>文件中没有找到中文报告正文</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="47"/>
        <source>unsupported file type {suffix}</source>
        <translation>不支持的文件类型 {suffix}</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="48"/>
        <source>the {kind} file is damaged or incomplete</source>
        <translation>{kind}文件已损坏或不完整</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="49"/>
        <source>the PDF has no text layer (it is a scanned image); run OCR on it first</source>
        <translation>该 PDF 没有文字层（是扫描图片），请先做文字识别（OCR）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="50"/>
        <source>the document is password-protected</source>
        <translation>文档有密码保护</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="51"/>
        <source>the file is too large to be a report ({size})</source>
        <translation>文件太大，不像是一份报告（{size}）</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="52"/>
        <source>the file ends in the middle of a character: it may be cut off</source>
        <translation>文件在一个字符中间结束，可能不完整</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="53"/>
        <source>{count} character(s) lost in the source and shown as &apos;?&apos;</source>
        <translation>原文有 {count} 个字符丢失，显示为“?”</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="54"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="55"/>
        <source>permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="56"/>
        <source>save it as .docx</source>
        <translation>请另存为 .docx</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="57"/>
        <source>no text in it</source>
        <translation>其中没有文字</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../src/reportview/i18n.py" line="26"/>
        <source>Preamble</source>
        <translation>前言</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="27"/>
        <source>Measures and results</source>
        <translation>主要举措和成效</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="28"/>
        <source>Leaders&apos; duties</source>
        <translation>第一责任人职责</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="29"/>
        <source>Innovations</source>
        <translation>创新做法</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="30"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="31"/>
        <source>Next year&apos;s plans</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="32"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/reportview/i18n.py" line="35"/>
        <source>unique</source>
        <translation>独有</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="36"/>
        <source>similar</source>
        <translation>相似</translation>
    </message>
    <message>
        <location filename="../../src/reportview/i18n.py" line="37"/>
        <source>shared</source>
        <translation>雷同</translation>
    </message>
</context>
</TS>
