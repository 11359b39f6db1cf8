// The new project built: the sample report's page and the offline archive exist.
def page = new File(basedir, 'project/ndbg/target/site/ndbg/2024/xianzhengfu.html')
assert page.isFile() : "no report page: ${page}"
assert page.getText('UTF-8').contains('【示例】某某县人民政府2024年政府信息公开工作年度报告')
assert new File(basedir, 'project/ndbg/target/site/index.html').isFile()
assert new File(basedir, 'project/ndbg/target/ndbg-1.0.0-SNAPSHOT-site.zip').isFile()
assert new File(basedir, 'project/ndbg/.mvn/jvm.config').getText('UTF-8').contains('--enable-native-access=ALL-UNNAMED')
assert new File(basedir, 'project/ndbg/.mvn/jvm.config').getText('UTF-8').contains('-Xmx512m')
assert new File(basedir, 'project/ndbg/.mvn/jvm.config').getText('UTF-8').contains('-XX:TieredStopAtLevel=1')
assert page.getText('UTF-8').contains('三、收到和处理政府信息公开申请情况')
return true
